/**
 * Crash safety on the webhook (hostile tester): the service killed with SIGKILL while it handled an
 * update leaves the update claimed and not done. When it came back within the claim's grace
 * (10 s) and Telegram delivered the update again, the claim looked "busy, maybe handled elsewhere"
 * and the webhook answered 200 at once: Telegram counted it delivered and the customer's message
 * was lost without a word. A webhook delivery of an update claimed moments ago and not done now
 * waits until the claim is done (a plain duplicate) or cut off (the customer is asked to write
 * again, once); a claim still busy after the wait is answered 503 `telegram_update_in_progress`
 * (nothing handled or sent) so Telegram delivers it again. Long polling is unchanged.
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
  it("waits out the grace, then asks the customer to write again (200), once", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook: true });
    // What a SIGKILL between the claim and the effect leaves behind, a moment ago.
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 810_001n, receivedAt: new Date() },
    });
    await h.fake.deliver(telegramTextUpdate(user, 810_001, "başvuru yapmak istiyorum"));
    await h.fake.handled(810_001);
    expect(h.fake.deliveries.at(-1)!.status).toBe(200);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual([
      "Son mesajınızı bir kesinti yüzünden işleyemedim. Kaldığımız yer aşağıda; lütfen yanıtınızı tekrar yazın.",
      "hello tr",
    ]);
    const row = await h.database.db.telegramUpdate.findFirst({ where: { updateId: 810_001n } });
    expect(row?.completedAt).not.toBeNull();
    // delivered once more: a plain duplicate; and the chat goes on
    await h.fake.deliver(telegramTextUpdate(user, 810_001, "başvuru yapmak istiyorum"));
    await h.fake.deliver(telegramTextUpdate(user, 810_002, "devam"));
    await h.fake.handled(810_002);
    expect(
      h.fake
        .sent(user)
        .map((m) => m.text)
        .slice(2),
    ).toEqual(["echo: devam"]);
    expect(engine.events.map((e) => e.event)).toEqual([{ type: "start" }, { type: "text", text: "devam" }]);
  }, 30_000);

  it("a claim still busy after the wait is answered 503 telegram_update_in_progress, nothing handled", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook: true });
    // a claim that stays fresh for longer than any wait (its clock ahead of this one)
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 810_005n, receivedAt: new Date(Date.now() + 600_000) },
    });
    await h.fake.deliver(telegramTextUpdate(user, 810_005, "yarışan"));
    const answer = h.fake.deliveries.at(-1)!;
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: "telegram_update_in_progress", message: expect.any(String) },
    });
    expect(answer.body).not.toMatch(/\bat [\w.<>]+ \(|\.ts:\d+/);
    expect(engine.events).toHaveLength(0);
    expect(h.fake.sent(user)).toHaveLength(0);
  }, 30_000);

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
