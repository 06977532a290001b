/**
 * The page named every refusal of a message it did not know "Bağlantı kurulamadı" (hostile tester):
 * a message the API refused for its shape or size (400, 413) sent the customer to check a connection
 * that works, and a service briefly unavailable (503) read the same. Each now has its own words.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useScriptedChatInChromium } from "../../helpers/scripted-chat-in-chromium.ts";

const stage = useScriptedChatInChromium();

/** Opens the page, answers its next message POST with `status`, sends one message: the status line. */
async function refusedWith(status: number, lang = "tr"): Promise<string> {
  const page: Page = await stage.chromium.context.newPage();
  try {
    await page.goto(`${stage.app.baseUrl}/?lang=${lang}`);
    await page.locator("#log li.bot").first().waitFor();
    await page.route("**/messages", (route) =>
      route.fulfill({
        status,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "refused", message: "refused" } }),
      }),
    );
    await page.locator("#message").fill("merhaba");
    await page.keyboard.press("Enter");
    const line = page.locator("#status.error");
    await line.waitFor();
    return (await line.textContent()) ?? "";
  } finally {
    await page.close();
  }
}

describe("chat page: a refused message is named for what it is", () => {
  it.each([400, 413])("%i: the message could not be sent, not the connection", async (status) => {
    const text = await refusedWith(status);
    expect(text).toMatch(/Mesajınız gönderilemedi/);
    expect(text).not.toMatch(/Bağlantı kurulamadı/);
  });

  it("503: the service cannot answer now (Turkish and English)", async () => {
    expect(await refusedWith(503)).toMatch(/Hizmet şu anda yanıt veremiyor/);
    expect(await refusedWith(503, "en")).toMatch(/The service cannot answer right now/);
  });
});
