/**
 * Hostile probe of `POST /telegram/webhook` (second round): bodies Telegram never sends, or sends for
 * buttons that no longer exist. Each gets a coded JSON answer (never a 500 or an HTML page; a body
 * sent as another type than JSON is 415), the engine sees nothing it should not, and the webhook
 * keeps serving.
 */
import { describe, expect, it } from "vitest";
import { EchoEngine } from "../helpers/echo-engine.ts";
import {
  TEST_WEBHOOK_SECRET,
  type TelegramHarness,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../helpers/telegram-harness.ts";

const user = 5252;
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

async function raw(body: string | Uint8Array, contentType: string): Promise<Response> {
  return fetch(`${h.baseUrl}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": contentType, "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET },
    body,
  });
}

async function codeOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe("Telegram webhook, bodies it should never get", () => {
  it("answers malformed, oversized and mistyped bodies with coded JSON, then still serves", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const good = JSON.stringify(telegramTextUpdate(user, 900, "merhaba"));
    const cases: [string, string | Uint8Array, string, number, string][] = [
      ["truncated JSON", good.slice(0, 40), "application/json", 400, "bad_request"],
      ["JSON null", "null", "application/json", 400, "bad_request"],
      ["a JSON array", "[1,2]", "application/json", 400, "bad_request"],
      ["a number", "12", "application/json", 400, "bad_request"],
      [
        "2 MB of JSON",
        JSON.stringify({ update_id: 1, pad: "a".repeat(2_000_000) }),
        "application/json",
        413,
        "too_large",
      ],
      [
        "invalid UTF-8",
        new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        "application/json",
        400,
        "bad_request",
      ],
      // no JSON type: 415 before the body is read (third round; a 400 said the update was at fault)
      [
        "a form body",
        "update_id=1&message=x",
        "application/x-www-form-urlencoded",
        415,
        "unsupported_media_type",
      ],
      ["an update as text/plain", good, "text/plain", 415, "unsupported_media_type"],
    ];
    for (const [what, body, type, status, code] of cases) {
      const res = await raw(body, type);
      expect(res.status, what).toBe(status);
      expect(await codeOf(res), what).toBe(code);
    }
    expect(engine.events).toHaveLength(0);
    expect((await raw(good, "application/json")).status).toBe(200);
    expect(engine.events).toHaveLength(1);
  });

  it("a button pressed that was never offered, or of a keyboard long gone, is answered and is no turn", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const press = (id: number, data: string, withMessage = true) => ({
      update_id: id,
      callback_query: {
        id: `q${id}`,
        from: { id: user, is_bot: false, first_name: "U" },
        chat_instance: "ci",
        data,
        ...(withMessage
          ? {
              message: {
                message_id: 77,
                date: 1_700_000_000,
                chat: { id: user, type: "private", first_name: "U" },
                text: "eski",
              },
            }
          : {}),
      },
    });
    const presses = [
      press(910, "999|i:revoke_confirm"),
      press(911, "0|"),
      press(912, "|||"),
      press(913, "x".repeat(64)),
      press(914, "1|i:menu", false),
    ];
    for (const body of presses) {
      const res = await raw(JSON.stringify(body), "application/json");
      expect(res.status, body.callback_query.data).toBe(200);
    }
    expect(engine.events).toHaveLength(0);
  });
});
