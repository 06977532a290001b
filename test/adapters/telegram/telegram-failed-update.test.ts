/**
 * An update whose handling fails (the engine or storage throws) is answered with a short notice in
 * the chat's language, never with silence; the failure is logged, not shown.
 */
import { describe, expect, it } from "vitest";
import type { ConversationEngine } from "../../../bot/channel-port.ts";
import { telegramHarnessPerTest } from "../../helpers/telegram-harness.ts";

const failing: ConversationEngine = {
  handle: async () => {
    throw new Error("conversation row vanished at /work/main/adapters/db/conversation-store.ts:131");
  },
};

describe("a Telegram update that fails", () => {
  const start = telegramHarnessPerTest();

  it("gets a notice asking to write again, in the chat's language, without the error", async () => {
    const h = await start({ engine: failing });
    await h.say(901, "merhaba", "tr");
    const turkish = h.fake.sent(901).map((m) => m.text);
    expect(turkish).toEqual([expect.stringMatching(/işleyemedim.*tekrar yazın.*444 5 576/)]);
    await h.say(902, "hello", "en");
    expect(h.fake.sent(902).map((m) => m.text)).toEqual([
      expect.stringMatching(/could not process.*write again/),
    ]);
    for (const text of [...turkish, ...h.fake.sent(902).map((m) => m.text)])
      expect(text).not.toMatch(/vanished|\.ts/);
  });
});
