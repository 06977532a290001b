import { describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import { type TelegramHarness, telegramHarnessPerTest } from "../../helpers/telegram-harness.ts";

const user = 4545;
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

describe.each([
  { mode: "long polling", webhook: false },
  { mode: "webhook", webhook: true },
])("Telegram channel over $mode: a message with a TCKN is deleted from the chat", ({ webhook }) => {
  it("deletes it after reading it, says why, and keeps the other messages", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook });
    const say = (text: string) => h.say(user, text);
    await say("/start");
    await say("merhaba");
    const kept = h.fake.userMessageIds(user);
    expect(kept).toHaveLength(2);
    await say("TC kimlik numaram 10000000146");
    expect(engine.events.at(-1)!.event).toEqual({ type: "text", text: "TC kimlik numaram 10000000146" });
    const deletions = h.fake.calls.filter((c) => c.method === "deleteMessage");
    expect(deletions).toHaveLength(1);
    expect(deletions[0]!.payload.chat_id).toBe(user);
    // The fake deleted it: only the two earlier messages are left in the chat.
    expect(kept).not.toContain(Number(deletions[0]!.payload.message_id));
    expect(h.fake.userMessageIds(user)).toEqual(kept);
    expect(h.fake.sent(user).at(-2)!.text).toContain("T.C. kimlik numarası içeren mesajınızı");
  });
});
