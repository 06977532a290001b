/**
 * Telegram in webhook mode over two and three instances of the service on one PostgreSQL schema,
 * as behind a load balancer: every instance registers the same public webhook URL with the fake
 * Bot API (test/helpers/telegram-fake-api.ts), and the "load balancer" sends each update to the
 * next instance in turn. A whole application and a whole verification dialog go on wherever the
 * next update lands; one update delivered to two instances at once is answered once; a hand-off's
 * timeout job, run by every instance at once, tells the customer once.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramUpdateLog } from "../../adapters/db/telegram-updates.ts";
import { DeliveryRecorder } from "../../adapters/notifications/delivery-recorder.ts";
import { lastOneTimeCode } from "../../adapters/replay/replay-runner.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { SlackFakeWebApi } from "../helpers/slack-web-api.ts";
import { FakeTelegramApi, type SentMessage } from "../helpers/telegram-fake-api.ts";
import { type InProcessInstances, startInProcessInstances } from "./in-process-instances.ts";

const TOKEN = "515151:scale-telegram-token";
const PUBLIC_WEBHOOK_URL = "https://bot.example.invalid/telegram/webhook";
const SECRET = randomBytes(24).toString("hex");

describe.each([2, 3])("Telegram webhook on %i instances of one PostgreSQL schema", (count) => {
  let fake: FakeTelegramApi;
  let group: InProcessInstances;
  const clock = new FrozenClock(new Date());
  const recorder = new DeliveryRecorder();
  let next = 0;

  let slackApi: SlackFakeWebApi;

  beforeAll(async () => {
    // agents see hand-offs through the Slack console's support channel (a fake Web API here)
    slackApi = await new SlackFakeWebApi().start();
    fake = new FakeTelegramApi();
    await fake.start();
    group = await startInProcessInstances(count, {
      clock,
      listen: true,
      wrapSender: recorder.wrap,
      env: {
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: PUBLIC_WEBHOOK_URL,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_SEND_PER_SECOND: "10000",
        TELEGRAM_CHAT_SEND_PER_SECOND: "10000",
        SLACK_SIGNING_SECRET: "tg-instances-test-signing-secret",
        SLACK_BOT_TOKEN: "xoxb-tg-instances-test",
        SLACK_API_URL: slackApi.apiUrl,
        SLACK_SUPPORT_CHANNEL: "C0SUPPORT",
        SLACK_AGENTS: "U1:agent",
      },
    });
  }, 240_000);
  afterAll(async () => {
    await group?.close();
    await fake?.stop();
    await slackApi?.close();
  }, 60_000);

  /** The webhook address of instance `i`. */
  const hook = (i: number) => `${group.instances[i]!.baseUrl}/telegram/webhook`;

  /** A customer in a private chat whose updates the load balancer spreads round-robin. */
  function customer(user: number) {
    let seen = 0;
    const served: number[] = [];
    const fresh = (): SentMessage[] => {
      const all = fake.sent(user);
      const out = all.slice(seen);
      seen = all.length;
      return out;
    };
    const via = async (send: () => Promise<number>): Promise<string[]> => {
      const at = next++ % count;
      served.push(at);
      fake.routeWebhookTo(hook(at));
      await fake.handled(await send(), 30_000);
      const got = fresh();
      last = got.filter((m) => m.buttons.length > 0).at(-1) ?? last;
      // each message's text, then its buttons' labels
      return got.map((m) => [m.text, ...m.buttons.map((b) => `[${b.text}]`)].join(" "));
    };
    let last: SentMessage | undefined;
    return {
      served,
      say: (text: string) => via(() => fake.sendText(TOKEN, user, text, "tr")),
      /** Presses the button of the latest keyboard whose label starts with `label`. */
      press: (label: string) => {
        const button = last?.buttons.find((b) => b.text.startsWith(label));
        if (!button) throw new Error(`no button ${label} in ${JSON.stringify(last?.buttons)}`);
        return via(() => fake.press(TOKEN, user, button.data, "tr"));
      },
    };
  }

  it("an application continues on whichever instance receives the next update", async () => {
    const user = 610_000 + count;
    const c = customer(user);
    const steps: [string, () => Promise<string[]>, RegExp][] = [
      ["/start", () => c.say("/start"), /./],
      ["apply", () => c.say("Başvuru yapmak istiyorum"), /Tüzel|Gerçek/],
      ["legal", () => c.press("Tüzel kişi"), /VKN/],
      ["vkn", () => c.say("3230512384"), /unvan/],
      ["title", () => c.say("Örnek Bilişim Anonim Şirketi"), /mza yetkilisi/],
      ["signatory", () => c.say("Ayşe Yılmaz"), /TCKN/],
      ["tckn", () => c.say("10000000146"), /e-posta/],
      ["email", () => c.say("bilgi@ornek.com.tr"), /telefon/],
      ["phone", () => c.say("0532 123 45 67"), /./],
      ["card", () => c.press("Akıllı kart"), /adres/],
      ["address", () => c.say("Atatürk Cad. No: 1 Çankaya Ankara"), /onaylıyor musunuz/],
      ["confirm", () => c.say("evet"), /sipariş (no|numara)/i],
    ];
    for (const [name, step, expected] of steps) {
      const answer = (await step()).join("\n");
      expect(answer, name).toMatch(expected);
      expect(answer, name).not.toMatch(/artık geçerli değil|işleyemedim/);
    }
    // the turns really were spread: every instance answered some
    expect(new Set(c.served).size).toBe(count);
    const db = group.instances[0]!.database.db;
    const orders = await db.application.findMany({ where: { vkn: "3230512384" } });
    expect(orders).toHaveLength(1);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id: `tg-${user}` } });
    expect(conversation.channel).toBe("telegram");
  }, 120_000);

  it("a verification dialog with one-time codes continues across instances, the codes checked by another instance than the one that sent them", async () => {
    const [a] = group.instances;
    await a!.ra.registerSubscriber({
      idNumber: "3230512384",
      title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
      email: "bilgi@ornek.com.tr",
      phone: "+905321234567",
    });
    await a!.pki.engine.issueForOrder({
      orderId: `MM-SCALE-TG-${count}`,
      vkn: "3230512384",
      title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
      tokenUri: `softkey:card-mm-scale-tg-${count}`,
      actor: "test",
    });
    const c = customer(620_000 + count);
    /** The newest code delivered, after the due jobs ran on the next instance. */
    const code = async () => {
      await group.instances[next++ % count]!.runner.runDueJobs(clock.now());
      const rows = await a!.database.db.notification.findMany({ orderBy: { createdAt: "asc" } });
      const delivered = rows.map((r) => {
        const sent = recorder.delivered(r.id);
        return {
          channel: r.channel,
          recipient: r.recipient,
          subject: sent?.subject ?? r.subject ?? undefined,
          body: sent?.body ?? r.body,
        };
      });
      const otp = lastOneTimeCode(delivered);
      if (!otp) throw new Error("no one-time code delivered");
      return otp;
    };
    expect((await c.say("e-posta adresimi güncellemek istiyorum")).join("\n")).toMatch(/VKN/);
    const asked = (await c.say("3230512384")).join("\n");
    expect(asked).toMatch(/kod/);
    expect(asked).not.toContain("bilgi@ornek.com.tr");
    const wrong = (await c.say("000000")).join("\n");
    expect(wrong).toMatch(/yanlış|hatalı|geçersiz/);
    expect((await c.say(await code())).join("\n")).toMatch(/E-posta/);
    expect((await c.press("E-posta")).join("\n")).toMatch(/e-posta/i);
    expect((await c.say("muhasebe@ornek.com.tr")).join("\n")).toMatch(/kod/);
    expect((await c.say(await code())).join("\n")).toMatch(/güncellendi/);
    expect(new Set(c.served).size).toBe(count);
    const subscriber = await a!.database.db.subscriber.findUniqueOrThrow({
      where: { idNumber: "3230512384" },
    });
    expect(subscriber.email).toBe("muhasebe@ornek.com.tr");
  }, 120_000);

  it("one update delivered to two instances at the same moment is answered once, and again later not at all", async () => {
    const user = 630_000 + count;
    const c = customer(user);
    await c.say("/start");
    const before = fake.sent(user).length;
    const updateId = 9_100_000 + count;
    const update = {
      update_id: updateId,
      message: {
        message_id: 77,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user, type: "private", first_name: "U" },
        from: { id: user, is_bot: false, first_name: "U", language_code: "tr" },
        text: "fiyat",
      },
    };
    const post = (i: number) =>
      fetch(hook(i), {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      });
    const answers = await Promise.all([post(0), post(1)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const once = fake.sent(user).slice(before);
    expect(once.length).toBeGreaterThan(0);
    expect(once.map((m) => m.text).join("\n")).toContain("TL");
    // delivered once more, to the last instance: nothing more is said
    expect((await post(count - 1)).status).toBe(200);
    expect(fake.sent(user).slice(before)).toEqual(once);
    const db = group.instances[0]!.database.db;
    const row = await db.telegramUpdate.findFirstOrThrow({ where: { updateId: BigInt(updateId) } });
    expect(row.completedAt).not.toBeNull();
  }, 60_000);

  it("a hand-off's timeout job, run by every instance at once, sends the customer one notice", async () => {
    const user = 640_000 + count;
    const c = customer(user);
    await c.say("/start");
    const requested = (await c.say("temsilci")).join("\n");
    const ticket = /T-[A-Z2-9]{8}/.exec(requested)?.[0];
    expect(ticket, requested).toBeDefined();
    const before = fake.sent(user).length;
    clock.advance(11 * 60_000);
    await Promise.all(
      group.instances.flatMap((instance) => [0, 1].map(() => instance.runner.runDueJobs(clock.now()))),
    );
    await fake.until(() => fake.sent(user).length > before, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const notices = fake.sent(user).slice(before);
    expect(notices.filter((m) => m.text.includes("444 5 576"))).toHaveLength(1);
    expect(notices.filter((m) => m.text.includes(ticket!))).toHaveLength(1);
    // …and the conversation goes on, on any instance
    expect((await c.say("fiyat")).join("\n")).toContain("TL");
  }, 60_000);

  it("keyboard generations of one chat bumped on every instance at once are all distinct", async () => {
    const logs = group.instances.map((i) => new TelegramUpdateLog(i.database.db, clock));
    const chatId = String(650_000 + count);
    await logs[0]!.saveChat({ chatId, keyboardGeneration: 0, locale: "tr" });
    const generations = await Promise.all(
      logs.flatMap((log) => [0, 1, 2].map(() => log.nextGeneration(chatId))),
    );
    expect(generations.sort((x, y) => x - y)).toEqual(Array.from({ length: 3 * count }, (_, i) => i + 1));
    // a language switch leaves the generation as it is
    await logs[1]!.setLocale(chatId, "en");
    expect(await logs[0]!.chat(chatId)).toEqual({ chatId, keyboardGeneration: 3 * count, locale: "en" });
  });
});
