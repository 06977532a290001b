/**
 * Crash safety on the webhook (hostile tester): the service killed with SIGKILL while it handled an
 * update leaves the update claimed and not done. When it comes back within the claim's grace
 * (10 s) and Telegram delivers the update again, the claim looked "busy, maybe handled elsewhere"
 * and the webhook answered 200: Telegram counted it delivered and the customer's message was lost
 * without a word. A webhook delivery of an update claimed moments ago and not done is now answered
 * 503 `telegram_update_in_progress` (nothing handled, nothing sent, the claim kept), so Telegram
 * delivers it again; once the grace is over that delivery is the cut-off one and the customer is
 * asked to write again. Long polling, which cannot refuse an update, is unchanged.
 */
import { describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import {
  type TelegramHarness,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../../helpers/telegram-harness.ts";

const user = 4747;
const botId = "666"; // the bot id the fake's getMe answers
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

describe("Telegram webhook: an update claimed moments ago by a process that died", () => {
  it("is answered 503 so Telegram delivers it again, and then the customer is asked to write again", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook: true });
    // What a SIGKILL between the claim and the effect leaves behind, a moment ago.
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 810_001n, receivedAt: new Date() },
    });
    await h.fake.deliver(telegramTextUpdate(user, 810_001, "başvuru yapmak istiyorum"));
    const first = h.fake.deliveries.at(-1)!;
    expect(first.status).toBe(503);
    expect(JSON.parse(first.body)).toEqual({
      error: { code: "telegram_update_in_progress", message: expect.any(String) },
    });
    expect(first.body).not.toMatch(/\bat [\w.<>]+ \(|\.ts:\d+/);
    expect(engine.events).toHaveLength(0);
    expect(h.fake.sent(user)).toHaveLength(0);
    const row = await h.database.db.telegramUpdate.findFirst({ where: { updateId: 810_001n } });
    expect(row?.completedAt).toBeNull();

    // Telegram's later retry, after the grace: the cut-off answer, once.
    await h.database.db.telegramUpdate.updateMany({
      where: { updateId: 810_001n },
      data: { receivedAt: new Date(Date.now() - 60_000) },
    });
    await h.fake.deliver(telegramTextUpdate(user, 810_001, "başvuru yapmak istiyorum"));
    await h.fake.handled(810_001);
    expect(h.fake.deliveries.at(-1)!.status).toBe(200);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual([
      "Son mesajınızı bir kesinti yüzünden işleyemedim. Kaldığımız yer aşağıda; lütfen yanıtınızı tekrar yazın.",
      "hello tr",
    ]);
    // and the chat goes on
    await h.fake.deliver(telegramTextUpdate(user, 810_002, "devam"));
    await h.fake.handled(810_002);
    expect(h.fake.sent(user).at(-1)!.text).toBe("echo: devam");
  });

  it("an update already done is still a plain 200 duplicate", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook: true });
    await h.fake.deliver(telegramTextUpdate(user, 810_010, "bir"));
    await h.fake.handled(810_010);
    await h.fake.deliver(telegramTextUpdate(user, 810_010, "bir"));
    expect(h.fake.deliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(engine.events).toHaveLength(1);
  });
});
