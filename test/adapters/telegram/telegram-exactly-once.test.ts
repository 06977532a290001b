import { describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import {
  type TelegramHarness,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../../helpers/telegram-harness.ts";

const user = 4646;
const botId = "666"; // the bot id the fake's getMe answers
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

const textUpdate = (updateId: number, text: string) => telegramTextUpdate(user, updateId, text);

describe.each([
  { mode: "long polling", webhook: false },
  { mode: "webhook", webhook: true },
])("Telegram channel over $mode: each update once, a cut-off one answered", ({ webhook }) => {
  it("stamps a handled update done; delivered again it has no second effect", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook });
    await h.fake.deliver(textUpdate(800_001, "bir kez"));
    await h.fake.handled(800_001);
    const row = await h.database.db.telegramUpdate.findFirst({ where: { updateId: 800_001n } });
    expect(row?.completedAt).toBeInstanceOf(Date);
    await h.fake.deliver(textUpdate(800_001, "bir kez"));
    await h.fake.deliver(textUpdate(800_002, "sonra"));
    await h.fake.handled(800_002);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: bir kez", "echo: sonra"]);
    expect(engine.events).toHaveLength(2);
  });

  it("an update claimed long ago but never completed (the process died) gets 'please write again' once and the open question, never the lost text's turn", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook });
    // What a crash between the claim and the effect leaves behind.
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 800_010n, receivedAt: new Date(Date.now() - 60_000) },
    });
    await h.fake.deliver(textUpdate(800_010, "başvuru yapmak istiyorum"));
    await h.fake.handled(800_010);
    // The lost text is not replayed; the engine only shows where the dialog stands (start).
    expect(engine.events.map((e) => e.event)).toEqual([{ type: "start" }]);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual([
      "Son mesajınızı bir kesinti yüzünden işleyemedim. Kaldığımız yer aşağıda; lütfen yanıtınızı tekrar yazın.",
      "hello tr",
    ]);
    // A further redelivery is a plain duplicate.
    await h.fake.deliver(textUpdate(800_010, "başvuru yapmak istiyorum"));
    await h.fake.deliver(textUpdate(800_011, "tekrar"));
    await h.fake.handled(800_011);
    const texts = h.fake.sent(user).map((m) => m.text);
    expect(texts.slice(2)).toEqual(["echo: tekrar"]);
    expect(engine.events).toHaveLength(2);
    const metrics = await h.metrics.getSingleMetricAsString("mm_telegram_updates_total");
    expect(metrics).toContain('outcome="cut_off"} 1');
    expect(metrics).toContain('outcome="duplicate"} 1');
  });

  it("a claim only moments old (being handled elsewhere) is dropped silently", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine, webhook });
    await h.database.db.telegramUpdate.create({
      data: { botId, updateId: 800_020n, receivedAt: new Date() },
    });
    // the other instance finishes its turn a moment later (the webhook's delivery waits for it)
    const otherDone = new Promise((resolve) => setTimeout(resolve, 600)).then(() =>
      h.database.db.telegramUpdate.updateMany({
        where: { updateId: 800_020n },
        data: { completedAt: new Date() },
      }),
    );
    await h.fake.deliver(textUpdate(800_020, "yarışan"));
    await otherDone;
    await h.fake.deliver(textUpdate(800_021, "sonraki"));
    await h.fake.handled(800_021);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: sonraki"]);
  });
});
