import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useScriptedChatInChromium } from "../../helpers/scripted-chat-in-chromium.ts";

const stage = useScriptedChatInChromium();

async function botCount(page: Page): Promise<number> {
  return page.locator("#log li.bot").count();
}

async function waitForMoreBot(page: Page, before: number): Promise<void> {
  await page.locator("#log li.bot").nth(before).waitFor();
}

describe("chat page in Chromium (scripted engine)", () => {
  it("is usable by keyboard and mouse, shows pushed messages, and looks decent on a phone", async () => {
    const page = await stage.chromium.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${stage.app.baseUrl}/`);
    await page.locator("#log li.bot").first().waitFor();
    // The first message's buttons are real <button>s reachable by role and name.
    let before = await botCount(page);
    await page.getByRole("button", { name: "Başvuru" }).click();
    await waitForMoreBot(page, before);
    expect(await page.locator("#log li.user").last().textContent()).toContain("Başvuru");
    // Keyboard only: Tab to a choice and press Enter.
    before = await botCount(page);
    await page.locator("#log li.bot").last().getByRole("button", { name: "Tüzel kişi" }).focus();
    await page.keyboard.press("Enter");
    await waitForMoreBot(page, before);
    // Old choices are disabled once answered.
    await expect(page.getByRole("button", { name: "Başvuru" }).isDisabled()).resolves.toBe(true);
    // Typing into the labelled field, sent with Enter.
    for (const text of ["3230512384", "Örnek Bilişim A.Ş."]) {
      before = await botCount(page);
      await page.getByLabel("Mesajınız").fill(text);
      await page.keyboard.press("Enter");
      await waitForMoreBot(page, before);
    }
    expect(await page.locator("#log li.bot").last().textContent()).toMatch(/Sipariş no: MM-TEST-0001/);
    // A message pushed later (an agent reply) arrives over the event stream.
    before = await botCount(page);
    for (const id of stage.app.sessions.ids()) {
      await stage.app.chat.outbound.push(id, [{ text: "Müşteri temsilcisi: Merhaba, yardımcı oluyorum." }]);
    }
    await waitForMoreBot(page, before);
    expect(await page.locator("#log li.bot").last().textContent()).toContain("Müşteri temsilcisi");
    // Accessibility basics.
    await expect(page.locator("#log").getAttribute("aria-live")).resolves.toBe("polite");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("tr");
    expect(errors).toEqual([]);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/chat-page.png", fullPage: true });
  }, 60_000);
});
