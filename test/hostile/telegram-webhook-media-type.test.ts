/**
 * Hostile tester (third round): a well-formed Telegram update posted to the webhook as text/plain
 * (or as a form, or with no type) was answered 400 "not a Telegram update", which sends whoever
 * reads it looking for a fault in the update; the web chat's API answers a type that is no JSON
 * with 415. The webhook takes `application/json` (Telegram always sends it): any other type is a
 * coded 415 `unsupported_media_type`, before the body is read, and no turn.
 */
import { describe, expect, it } from "vitest";
import { EchoEngine } from "../helpers/echo-engine.ts";
import {
  TEST_WEBHOOK_SECRET,
  type TelegramHarness,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../helpers/telegram-harness.ts";

const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

async function post(body: string, contentType: string | undefined, secret = TEST_WEBHOOK_SECRET) {
  const headers: Record<string, string> = { "x-telegram-bot-api-secret-token": secret };
  if (contentType !== undefined) headers["content-type"] = contentType;
  const res = await fetch(`${h.baseUrl}/telegram/webhook`, { method: "POST", headers, body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", text };
}

describe("Telegram webhook, a body of another media type", () => {
  it.each([
    ["text/plain"],
    ["text/plain; charset=utf-8"],
    ["TEXT/PLAIN"],
    ["application/x-www-form-urlencoded"],
    ["multipart/form-data; boundary=x"],
    ["application/xml"],
    ["application/octet-stream"],
    [""],
  ])("a valid update sent as %j is 415 unsupported_media_type, no turn", async (type) => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const update = JSON.stringify(telegramTextUpdate(7301, 1, "merhaba"));
    const got = await post(update, type);
    expect(got.status).toBe(415);
    expect(got.type).toMatch(/application\/json/);
    const error = (JSON.parse(got.text) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("unsupported_media_type");
    expect(error.message).toMatch(/application\/json/);
    expect(engine.events).toHaveLength(0);
  });

  it("the secret is checked first: a wrong secret with text/plain is still 401", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const got = await post(JSON.stringify(telegramTextUpdate(7302, 2, "merhaba")), "text/plain", "wrong");
    expect(got.status).toBe(401);
  });

  it("application/json in any letter case, with charset=utf-8, is served", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    let id = 10;
    for (const type of ["application/json", "Application/JSON", "application/json; charset=UTF-8"]) {
      const got = await post(JSON.stringify(telegramTextUpdate(7303, id++, "merhaba")), type);
      expect(got.status, type).toBe(200);
    }
    expect(engine.events).toHaveLength(3);
  });
});
