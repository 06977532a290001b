/**
 * A customer who comes back after the KVKK retention sweep deleted the idle conversation
 * (`MM_RETENTION_CONVERSATION_DAYS`, 30 days), through the composed service (a frozen clock, the
 * real grammY bot long-polling a fake Bot API, the web chat API over HTTP), on SQLite and on
 * PostgreSQL. Telegram keeps the chat: the customer is answered as in a new chat, never silence; the
 * web session's token is gone with its row, so it is 404 `session_not_found` (as an unknown session,
 * the page then starts a new one), never a 500. A hand-off an agent took and never finished is
 * closed with the conversation, so the returning chat does not land in it, and its Slack thread says
 * the retention sweep closed it (without Slack nothing breaks). The Telegram chat record goes with
 * the conversation; the returning chat gets a new one whose keyboard generations never meet the old
 * buttons'.
 */
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../adapters/composition/service.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { freshReplayStorage } from "../../adapters/replay/replay-storage.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { assertPostgresReachable, testDialects, testPostgresUrl } from "../helpers/databases.ts";
import { SlackFakeWebApi, slackMessageText } from "../helpers/slack-web-api.ts";
import { FakeTelegramApi, type SentMessage } from "../helpers/telegram-fake-api.ts";

const TOKEN = "424243:retention-test-token";
const day = 24 * 60 * 60 * 1000;

describe.each(testDialects)("a customer back after the retention sweep, on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(options: { slack?: SlackFakeWebApi } = {}) {
    if (dialect.name === "postgresql") await assertPostgresReachable();
    const slack = options.slack
      ? {
          SLACK_SIGNING_SECRET: "retention-test-signing-secret",
          SLACK_BOT_TOKEN: "xoxb-retention-test",
          SLACK_API_URL: options.slack.apiUrl,
          SLACK_SUPPORT_CHANNEL: "C0SUPPORT",
          SLACK_AGENTS: "U1:agent",
        }
      : {};
    const fake = new FakeTelegramApi();
    await fake.start();
    cleanups.push(() => fake.stop());
    const storage = freshReplayStorage(dialect.name === "postgresql" ? testPostgresUrl : "");
    cleanups.push(() => storage.drop());
    const clock = new FrozenClock("2026-11-20T07:00:00Z");
    const env = readEnvironment({
      ...storage.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_SEND_PER_SECOND: "1000",
      TELEGRAM_CHAT_SEND_PER_SECOND: "1000",
      ...slack,
    });
    const service: Service = await composeService(env, createLogger({ level: "silent" }), { clock });
    cleanups.push(() => service.close());
    const baseUrl = `http://127.0.0.1:${(service.server!.address() as AddressInfo).port}`;
    const user = 700_000 + Math.floor(Math.random() * 1000);
    let seen = 0;
    const fresh = (): SentMessage[] => {
      const all = fake.sent(user);
      const out = all.slice(seen);
      seen = all.length;
      return out;
    };
    const say = async (text: string) => {
      await fake.handled(await fake.sendText(TOKEN, user, text, "tr"), 30_000);
      return fresh();
    };
    const press = async (data: string) => {
      await fake.handled(await fake.press(TOKEN, user, data, "tr"), 30_000);
      return fresh();
    };
    const post = async (path: string, body: object, token?: string) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    /** Advances the frozen clock past the retention window and runs the due jobs (the daily sweep). */
    const idle = async (days: number) => {
      clock.advance(days * day);
      await service.jobs.runDueJobs(clock.now());
    };
    return { service, say, press, post, idle, fresh, user };
  }

  const joined = (messages: SentMessage[]) => messages.map((m) => m.text).join("\n");

  it("Telegram: the returning chat is answered as a new one, old buttons are stale, an old hand-off is closed and its Slack thread told", async () => {
    const slackApi = await new SlackFakeWebApi().start();
    cleanups.push(() => slackApi.close());
    const { service, say, press, idle, fresh } = await setup({ slack: slackApi });
    const greeting = await say("merhaba");
    expect(joined(greeting)).toMatch(/mali mühür/i);
    const oldButton = greeting.flatMap((m) => m.buttons).at(0);
    expect(oldButton).toBeDefined();
    const ticket = /T-[A-Z2-9]{8}/.exec(joined(await say("temsilci")))?.[0];
    expect(ticket).toBeDefined();
    await service.handoff.take(ticket!, "U1");
    expect(joined(fresh())).toMatch(/temsilci/);

    const { deskThread } = (await service.handoff.find({ ticket: ticket! }))!;
    const [channel, threadTs] = deskThread!.split(":");
    const callsBefore = slackApi.calls.length;

    await idle(31);
    expect(await service.database.db.conversation.count()).toBe(0);
    // KVKK: the chat record (chat id, language) goes with its conversation
    expect(await service.database.db.telegramChat.count()).toBe(0);
    expect(await service.handoff.find({ ticket: ticket! })).toMatchObject({
      status: "closed",
      closeReason: "customer_left",
    });
    // the agents see in the hand-off's thread that the sweep closed it, with no personal data
    const notes = slackApi
      .since(callsBefore, "chat.postMessage")
      .filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs);
    expect(notes.map((c) => slackMessageText(c.args))).toEqual([
      expect.stringMatching(new RegExp(`^:wastebasket: ${ticket} KVKK saklama temizliğiyle kapatıldı`)),
    ]);
    expect(slackMessageText(notes[0]!.args)).not.toMatch(/tg-|merhaba|temsilci/);
    await expect(service.handoff.reply(ticket!, "U1", "hâlâ burada mısınız?")).rejects.toMatchObject({
      code: "handoff_closed",
    });

    const back = joined(await say("merhaba"));
    expect(back).toMatch(/mali mühür/i);
    expect(back).not.toContain(ticket!);
    // the new chat record's first keyboard is not the deleted one's first keyboard
    expect(joined(await press(oldButton!.data))).toMatch(/artık geçerli değil/);
    expect(joined(await say("fiyat ne kadar"))).toMatch(/TL/);
    expect(joined(await say("/start"))).toMatch(/mali mühür/i);
    // a button sent before the deletion belongs to the deleted conversation
    expect(joined(await press(oldButton!.data))).toMatch(/artık geçerli değil/);
    const row = await service.database.db.conversation.findMany();
    expect(row).toEqual([expect.objectContaining({ channel: "telegram", externalId: expect.any(String) })]);
    expect(await service.database.db.telegramChat.count()).toBe(1);
  }, 120_000);

  it("Telegram without Slack: a hand-off closed by the sweep breaks nothing", async () => {
    const { service, say, idle, user } = await setup();
    expect(joined(await say("merhaba"))).toMatch(/mali mühür/i);
    // without a desk the bot opens none (the call centre instead); one left from a time with Slack
    expect(joined(await say("temsilci"))).toMatch(/444 5 576/);
    const { ticket } = await service.handoff.requestAgent({
      conversationId: `tg-${user}`,
      channel: "telegram",
      summary: "konu=menü",
    });
    await service.handoff.take(ticket, "U1");
    await idle(31);
    expect(await service.handoff.find({ ticket })).toMatchObject({ status: "closed" });
    const jobs = await service.database.db.job.findMany({ where: { kind: "handoff_retention_closed" } });
    expect(jobs).toEqual([expect.objectContaining({ status: "done" })]);
    expect(joined(await say("merhaba"))).toMatch(/mali mühür/i);
  }, 120_000);

  it("web: the deleted session is 404 session_not_found, a new session works", async () => {
    const { post, idle } = await setup();
    const created = await post("/api/chat/sessions", { locale: "tr" });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.body as { sessionId: string; token: string };
    const path = `/api/chat/sessions/${sessionId}/messages`;
    expect((await post(path, { text: "merhaba" }, token)).status).toBe(200);

    await idle(31);
    for (const text of ["merhaba", "fiyat ne kadar"]) {
      const answer = await post(path, { text }, token);
      expect(answer).toEqual({
        status: 404,
        body: { error: { code: "session_not_found", message: expect.any(String) } },
      });
    }
    const again = await post("/api/chat/sessions", { locale: "tr" });
    const next = again.body as { sessionId: string; token: string };
    const price = await post(
      `/api/chat/sessions/${next.sessionId}/messages`,
      { text: "fiyat ne kadar" },
      next.token,
    );
    expect(price.status).toBe(200);
    expect(JSON.stringify(price.body)).toMatch(/TL/);
  }, 120_000);
});
