/**
 * Hostile tester: a refused body of `POST /api/chat/sessions` got zod's own words ('Invalid input:
 * expected object, received array', 'Unrecognized key: "lang"', 'locale: Invalid option: expected
 * one of "tr"|"en"'), unlike the messages route, whose refusals name the field and the rule
 * (chat-message-body.test.ts). Now they do, with the same 400 `invalid_request`, and no session is
 * created.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("web chat API: a refused session body says why", () => {
  it.each<[string, string]>([
    ["[]", 'request body must be a JSON object: {} or { "locale": "tr" | "en" }'],
    ['{"lang":"en"}', 'unknown field "lang": send {} or { "locale": "tr" | "en" }'],
    ['{"locale":"de"}', 'locale must be "tr" or "en"'],
    ['{"locale":"TR"}', 'locale must be "tr" or "en"'],
    ['{"locale":null}', 'locale must be "tr" or "en"'],
    ['{"locale":1}', 'locale must be "tr" or "en"'],
  ])("%s → 400 invalid_request %j", async (body, message) => {
    app = await startWebTestApp();
    const res = await fetch(`${app.baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_request", message } });
  });

  it("still takes no body, {} and each locale", async () => {
    app = await startWebTestApp();
    for (const body of [undefined, "{}", '{"locale":"tr"}', '{"locale":"en"}']) {
      const res = await fetch(`${app.baseUrl}/api/chat/sessions`, {
        method: "POST",
        ...(body ? { headers: { "content-type": "application/json" }, body } : {}),
      });
      expect(res.status).toBe(201);
    }
  });
});
