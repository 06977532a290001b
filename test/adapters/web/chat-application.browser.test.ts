import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../helpers/web-browser.ts";
import { startTestService } from "../../helpers/web-service.ts";

let service: Awaited<ReturnType<typeof startTestService>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  service = await startTestService();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await service?.close();
});

/** Types a message like a person: into the labelled field, sent with Enter; waits for the answer. */
async function type(page: Page, text: string): Promise<void> {
  const before = await page.locator("#log li.bot").count();
  await page.getByLabel("Mesajınız").fill(text);
  await page.keyboard.press("Enter");
  await page.locator("#log li.bot").nth(before).waitFor();
}

/** Clicks a button of the latest bot message by its label; waits for the answer. */
async function click(page: Page, label: string | RegExp): Promise<void> {
  const before = await page.locator("#log li.bot").count();
  await page.locator("#log li.bot").last().getByRole("button", { name: label }).click();
  await page.locator("#log li.bot").nth(before).waitFor();
}

describe("web chat page in Chromium", () => {
  it("completes a tüzel kişi card application by typing and clicking and shows the order number", async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${service.baseUrl}/`);
    await expect(page.title()).resolves.toBe("Mali Mühür Asistanı");
    await page.locator("#log li.bot").first().waitFor();
    await type(page, "Başvuru yapmak istiyorum");
    await click(page, /tüzel/i);
    await type(page, "3230512384");
    await type(page, "Örnek Bilişim Anonim Şirketi");
    await type(page, "Ayşe Yılmaz");
    await type(page, "10000000146");
    await type(page, "bilgi@ornek.com.tr");
    await type(page, "0532 123 45 67");
    await click(page, /akıllı kart/i);
    await type(page, "Atatürk Cad. No: 1 Çankaya Ankara");
    await expect(page.locator("#log li.bot").last().textContent()).resolves.toMatch(/onaylıyor musunuz/i);
    await type(page, "evet");
    // the order answer (§4), followed by the codes that prove the contacts (R5.1)
    const last = await page
      .locator("#log li.bot")
      .filter({ hasText: /sipariş/i })
      .last()
      .textContent();
    expect(last).toMatch(/sipariş (no|numara)\S*\s*:?\s*\S+/i);
    // The order shown is the one the registration authority stored, awaiting payment, at the configured price.
    const orderNo = /MM\d{10}/.exec(last ?? "")?.[0];
    expect(orderNo).toBeDefined();
    const order = await service.service.ra.orderStatus(orderNo!);
    expect(order).toMatchObject({ status: "awaiting_payment", medium: "card", paid: false });
    // Accessibility basics stay in place after a whole conversation.
    await expect(page.locator("#log").getAttribute("aria-live")).resolves.toBe("polite");
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/chat-page.png", fullPage: true });
  }, 60_000);
});
