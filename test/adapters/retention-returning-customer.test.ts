/**
 * A customer who comes back after the KVKK retention sweep deleted the idle conversation
 * (`MM_RETENTION_CONVERSATION_DAYS`, 30 days), through the composed service (a frozen clock, the
 * real grammY bot long-polling a fake Bot API, the web chat API over HTTP), on SQLite and on
 * PostgreSQL. Telegram keeps the chat: the customer is answered as in a new chat, never silence; the
 * web session's token is gone with its row, so it is 404 `session_not_found` (as an unknown session,
 * the page then starts a new one), never a 500. A hand-off an agent took and never finished is
 * closed with the conversation, so the returning chat does not land in it.
 */
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../adapters/composition/service.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { freshReplayStorage } from "../../adapters/replay/replay-storage.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { assertPostgresReachable, testDialects, testPostgresUrl } from "../helpers/databases.ts";
import { FakeTelegramApi, type SentMessage } from "../helpers/telegram-fake-api.ts";

const TOKEN = "424243:retention-test-token";
const day = 24 * 60 * 60 * 1000;

describe.each(testDialects)("a customer back after the retention sweep, on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup() {
    if (dialect.name === "postgresql") await assertPostgresReachable();
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
    return { service, say, press, post, idle, fresh };
  }

  const joined = (messages: SentMessage[]) => messages.map((m) => m.text).join("\n");

  it("Telegram: the returning chat is answered as a new one, old buttons are stale, an old hand-off is closed", async () => {
    const { service, say, press, idle, fresh } = await setup();
    const greeting = await say("merhaba");
    expect(joined(greeting)).toMatch(/mali mühür/i);
    const oldButton = greeting.flatMap((m) => m.buttons).at(0);
    expect(oldButton).toBeDefined();
    const ticket = /T-[A-Z2-9]{8}/.exec(joined(await say("temsilci")))?.[0];
    expect(ticket).toBeDefined();
    await service.handoff.take(ticket!, "U1");
    expect(joined(fresh())).toMatch(/temsilci/);

    await idle(31);
    expect(await service.database.db.conversation.count()).toBe(0);
    expect(await service.handoff.find({ ticket: ticket! })).toMatchObject({
      status: "closed",
      closeReason: "customer_left",
    });
    await expect(service.handoff.reply(ticket!, "U1", "hâlâ burada mısınız?")).rejects.toMatchObject({
      code: "handoff_closed",
    });

    const back = joined(await say("merhaba"));
    expect(back).toMatch(/mali mühür/i);
    expect(back).not.toContain(ticket!);
    expect(joined(await say("fiyat ne kadar"))).toMatch(/TL/);
    expect(joined(await say("/start"))).toMatch(/mali mühür/i);
    // a button sent before the deletion belongs to the deleted conversation
    expect(joined(await press(oldButton!.data))).toMatch(/artık geçerli değil/);
    const row = await service.database.db.conversation.findMany();
    expect(row).toEqual([expect.objectContaining({ channel: "telegram", externalId: expect.any(String) })]);
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
