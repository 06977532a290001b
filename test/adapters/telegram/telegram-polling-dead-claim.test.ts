/**
 * Hostile tester (crash, then restart on long polling): a process killed while handling an update
 * leaves its claim behind, not done. The next process polls Telegram, gets the update again and
 * found the claim "moments old": it waited up to 12 s (re-claiming every 250 ms) before the customer
 * got "please write again", though only one process can long-poll a bot (Telegram refuses a second
 * `getUpdates`), so a claim older than this process's polling is an earlier poller's, cut off. Now
 * such a claim is cut off at once on long polling; the webhook (several instances) still waits.
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
const CUT_OFF =
  "Son mesajınızı bir kesinti yüzünden işleyemedim. Kaldığımız yer aşağıda; lütfen yanıtınızı tekrar yazın.";
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

describe("Telegram long polling after a crash", () => {
  it("an update claimed by the process before this one (killed mid-turn) is answered 'please write again' at once, not after the claim's grace", async () => {
    const engine = new EchoEngine();
    // the dead process claimed the update just before this one started
    const claimedAt = new Date(Date.now() - 100);
    h = await startHarness({ engine, webhook: false });
    await h.database.db.telegramUpdate.create({ data: { botId, updateId: 810_001n, receivedAt: claimedAt } });
    const delivered = performance.now();
    await h.fake.deliver(telegramTextUpdate(user, 810_001, "başvuru yapmak istiyorum"));
    await h.fake.handled(810_001);
    const waitedMs = performance.now() - delivered;
    expect(h.fake.sent(user).map((m) => m.text)).toEqual([CUT_OFF, "hello tr"]);
    expect(engine.events.map((e) => e.event)).toEqual([{ type: "start" }]);
    expect(waitedMs).toBeLessThan(3_000);
  }, 30_000);

  it("a claim made after this process began polling (its own or a racing one) is still waited for", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook: false });
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 810_010n, receivedAt: new Date() },
    });
    const otherDone = new Promise((resolve) => setTimeout(resolve, 600)).then(() =>
      h.database.db.telegramUpdate.updateMany({
        where: { updateId: 810_010n },
        data: { completedAt: new Date() },
      }),
    );
    await h.fake.deliver(telegramTextUpdate(user, 810_010, "yarışan"));
    await otherDone;
    await h.fake.deliver(telegramTextUpdate(user, 810_011, "sonraki"));
    await h.fake.handled(810_011);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: sonraki"]);
  }, 30_000);
});
