/**
 * The chat page in Chromium when its session is gone (the KVKK retention sweep deleted the idle
 * conversation, so the API answers 404 `session_not_found`): the page starts a new session, tells
 * the customer so, and sends the typed message again in it; the customer is never stuck.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";
import { launchChromium } from "../../helpers/web-browser.ts";

let app: WebTestApp;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  app = await startWebTestApp();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await app?.close();
});

describe("chat page whose session was deleted", () => {
  it("starts a new session and sends the typed message again", async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${app.baseUrl}/`);
    await page.locator("#log li.bot").first().waitFor();
    const [first] = app.sessions.ids();
    expect(first).toBeDefined();
    app.sessions.delete(first!);

    await page.getByLabel("Mesajınız").fill("fiyat ne kadar");
    await page.keyboard.press("Enter");
    await page.locator("#log li.bot", { hasText: "echo: fiyat ne kadar" }).waitFor({ timeout: 10_000 });
    const bot = await page.locator("#log li.bot .text").allTextContents();
    expect(bot).toEqual([
      "hello tr",
      "Önceki sohbetiniz uzun süre kullanılmadığı için silindi; yeni bir sohbet başlattım.",
      "hello tr",
      "echo: fiyat ne kadar",
    ]);
    expect(await page.locator("#status").textContent()).toBe("");
    expect(app.sessions.ids()).toEqual([expect.not.stringMatching(first!)]);
    // the new session goes on as any other
    await page.getByLabel("Mesajınız").fill("merhaba");
    await page.keyboard.press("Enter");
    await page.locator("#log li.bot", { hasText: "echo: merhaba" }).waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  }, 60_000);
});
