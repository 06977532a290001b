import { afterEach, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("web chat page", () => {
  it("serves an accessible Turkish page with its script and stylesheet", async () => {
    app = await startWebTestApp();
    const res = await fetch(`${app.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<html lang="tr">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('<label for="message"');
    expect(html).toContain("Mali Mühür Asistanı");
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    expect((await fetch(`${app.baseUrl}/chat/chat.js`)).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/chat/chat.css`)).headers.get("content-type")).toMatch(/text\/css/);
  });

  it("serves English with ?lang=en", async () => {
    app = await startWebTestApp();
    const html = await (await fetch(`${app.baseUrl}/?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Your message");
  });
});
