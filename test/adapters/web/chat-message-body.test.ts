/**
 * Outside tester: `{"text":123}` and `{"text":"a","button":"b"}` were answered "Invalid input". A
 * refused message body names the field and the rule it breaks, with the same 400 `invalid_request`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createChatSession, startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("web chat API: a refused message body says why", () => {
  it.each<[string, string]>([
    ['{"text":123}', "text must be a string"],
    ['{"text":"a","button":"b"}', "send either text or button, not both"],
    ['{"text":"   "}', "text must not be empty"],
    [JSON.stringify({ text: "x".repeat(1001) }), "text must be at most 1000 characters"],
    ['{"button":null}', "button must be a string"],
    ['{"button":""}', "button must not be empty"],
    [JSON.stringify({ button: "b".repeat(101) }), "button must be at most 100 characters"],
    ["{}", 'text or button is required: { "text": "…" } or { "button": "<id>" }'],
    ['{"txt":"merhaba"}', 'unknown field "txt": send { "text": "…" } or { "button": "<id>" }'],
    ["[]", 'request body must be a JSON object: { "text": "…" } or { "button": "<id>" }'],
    // hostile tester: an unknown field of 7 000 characters was echoed whole; now cut at 40, as the session body's
    [
      JSON.stringify({ ["k".repeat(7000)]: 1 }),
      `unknown field "${"k".repeat(40)}": send { "text": "…" } or { "button": "<id>" }`,
    ],
  ])("%s → 400 invalid_request %j", async (body, message) => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_request", message } });
  });

  it("still takes a text (trimmed) and a button", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    for (const [body, text] of [
      ['{"text":"  merhaba "}', "echo: merhaba"],
      ['{"button":"menu"}', "pressed: menu"],
    ]) {
      const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
        body,
      });
      expect(res.status, body).toBe(200);
      expect(await res.json()).toEqual({ messages: [{ text }] });
    }
  });
});

/**
 * Hostile tester (second round): 600 emoji were refused as "at most 1000 characters" (UTF-16 code
 * units were counted, two an emoji), and 1 000 emoji sent JSON-escaped (`\ud83d\ude00`, 12 bytes
 * each) were over the 8 kB body cap. Characters are counted as code points, and the body cap admits
 * any legal text however it is escaped.
 */
describe("web chat API: a text's length in characters a person counts", () => {
  const emoji = ["😀", "👍", "🎉", "𝕏", "𠀋", "🇹"];
  /** `count` characters outside the BMP, cycling through `emoji`. */
  const astral = (count: number) => Array.from({ length: count }, (_, i) => emoji[i % emoji.length]).join("");
  /** `text` as a JSON body with every UTF-16 code unit escaped as `\uXXXX`. */
  const escapedBody = (text: string) =>
    `{"text":"${Array.from({ length: text.length }, (_, i) => `\\u${text.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")}"}`;

  async function send(body: string): Promise<Response> {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    return fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
      body,
    });
  }

  it.each<[string, string]>([
    ["600 emoji", astral(600)],
    ["1 000 emoji", astral(1000)],
    [
      "1 000 characters, emoji and Turkish letters mixed",
      `${astral(500)}${"ğüşıöç".repeat(84).slice(0, 500)}`,
    ],
  ])("%s are taken, as typed and with every character JSON-escaped", async (_what, text) => {
    for (const body of [JSON.stringify({ text }), escapedBody(text)]) {
      expect(JSON.parse(body).text).toBe(text);
      const res = await send(body);
      expect(res.status, `${body.length} bytes`).toBe(200);
      expect(await res.json()).toEqual({ messages: [{ text: `echo: ${text}` }] });
      await app?.close();
      app = undefined;
    }
  });

  it.each<[string, string]>([
    ["1 001 emoji", astral(1001)],
    ["1 000 emoji and a letter", `${astral(1000)}a`],
  ])("%s are refused as over 1 000 characters (400), escaped or not", async (_what, text) => {
    for (const body of [JSON.stringify({ text }), escapedBody(text)]) {
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: "invalid_request", message: "text must be at most 1000 characters" },
      });
      await app?.close();
      app = undefined;
    }
  });
});
