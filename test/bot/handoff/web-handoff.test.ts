/**
 * Issue 14 on the web channel over real HTTP: a customer who asked for a human and got no answer
 * is never left without a reply. temsilci → "merhaba?" is acknowledged → 10 minutes pass (frozen
 * clock, due jobs run) → the SSE stream carries the timeout notice with 444 5 576 and the menu →
 * "menü" works. Two instances (two connections, two HTTP servers) on one SQLite database.
 */
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaConversationStore } from "../../../adapters/db/conversation-store.ts";
import type { Db } from "../../../adapters/db/database.ts";
import { openDatabase } from "../../../adapters/db/database.ts";
import { PrismaHandoffStore } from "../../../adapters/db/handoff-store.ts";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { createWebChat, type WebChat } from "../../../adapters/web/web-chat.ts";
import type { BotMessage } from "../../../bot/channel-port.ts";
import { createConversationEngine } from "../../../bot/conversation-engine.ts";
import { handoffJobHandlers } from "../../../bot/handoff/handoff-jobs.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { JobRunner } from "../../../core/jobs/job-runner.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { createMemoryRa } from "../../helpers/memory-ra.ts";
import { RecordingDesk } from "../../helpers/recording-handoff-desk.ts";
import { createChatSession } from "../../helpers/web-app.ts";
import { botTexts } from "../harness.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

/** Reads `event: messages` frames of an SSE response as they arrive. */
class SseReader {
  readonly messages: BotMessage[] = [];
  readonly #abort = new AbortController();
  #done: Promise<void> = Promise.resolve();

  async open(url: string): Promise<void> {
    const res = await fetch(url, { signal: this.#abort.signal, headers: { accept: "text/event-stream" } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    this.#done = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(frame);
            if (/^event: messages$/m.test(frame) && data)
              this.messages.push(...(JSON.parse(data[1]!) as { messages: BotMessage[] }).messages);
            end = buffer.indexOf("\n\n");
          }
        }
      } catch {
        // aborted at the end of the test
      }
    })();
  }

  /** Waits until a pushed message matches. */
  async waitFor(pattern: RegExp, timeoutMs = 5000): Promise<BotMessage> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.messages.find((m) => pattern.test(m.text));
      if (hit) return hit;
      if (Date.now() > until)
        throw new Error(`no pushed message matched ${pattern}; got ${JSON.stringify(this.messages)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await this.#done;
  }
}

describe("hand-off on the web chat over HTTP", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function service() {
    const clock = new FrozenClock("2026-11-25T07:00:00Z");
    const texts = await botTexts();
    const translator = await createTranslator();
    const logger = createLogger({ level: "silent" });
    const world = createMemoryRa(clock);
    cleanups.push(world.dispose);
    const ra = world.ra;
    const desk = new RecordingDesk();
    const first = await freshDatabase(sqlite);
    cleanups.push(first.dispose);

    /** One service instance: its own connection, stores, engine, hand-off service, job runner, HTTP server. */
    const instance = async (db: Db) => {
      const conversations = new PrismaConversationStore(db, clock);
      let web: WebChat | undefined;
      const jobs = new PrismaJobStore(db);
      const handoffs = new HandoffService({
        repository: new PrismaHandoffStore(db),
        jobs,
        outbound: { push: (id, messages) => web!.outbound.push(id, messages) },
        desk,
        texts,
        clock,
      });
      const engine = createConversationEngine({ ra, handoff: handoffs, states: conversations, texts, clock });
      web = createWebChat({ engine, sessions: conversations, translator, random: cryptoRandom, logger });
      const runner = new JobRunner({ store: jobs, owner: `web-test-${Math.random()}` });
      for (const [kind, handler] of Object.entries(handoffJobHandlers(handoffs)))
        runner.register(kind, handler);
      const server = await listen(createHttpApp(web.router, logger), 0, "127.0.0.1");
      cleanups.push(async () => {
        await web!.close();
        await closeServer(server);
      });
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { baseUrl, handoffs, runner };
    };
    const a = await instance(first.db);
    const second = await openDatabase(first.location);
    cleanups.push(() => second.close());
    const b = await instance(second.db);
    return { clock, desk, a, b };
  }

  async function say(baseUrl: string, session: { sessionId: string; token: string }, text: string) {
    const res = await fetch(`${baseUrl}/api/chat/sessions/${session.sessionId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const { messages } = (await res.json()) as { messages: BotMessage[] };
    return { messages, text: messages.map((m) => m.text).join("\n") };
  }

  async function stream(baseUrl: string, session: { sessionId: string; token: string }) {
    const sse = new SseReader();
    await sse.open(`${baseUrl}/api/chat/sessions/${session.sessionId}/events?token=${session.token}`);
    cleanups.push(() => sse.close());
    return sse;
  }

  it("acknowledges, times out after 10 minutes over SSE with 444 5 576 and the menu, then 'menü' works", async () => {
    const { clock, desk, a, b } = await service();
    const session = await createChatSession(a.baseUrl);
    const sse = await stream(a.baseUrl, session);

    const requested = await say(a.baseUrl, session, "temsilci");
    const ticket = /T-[A-Z2-9]{8}/.exec(requested.text)?.[0];
    expect(ticket).toBeDefined();
    expect(requested.text).toMatch(/menü/);
    expect(desk.names()).toEqual(["opened"]);

    const first = await say(a.baseUrl, session, "merhaba?");
    expect(first.text).toMatch(/temsilciye ilettim/);
    // The same conversation on the other instance: the stored hand-off decides there too.
    const again = await say(b.baseUrl, session, "kimse yok mu?");
    expect(again.text).toMatch(/temsilciye ilettim/);
    expect(desk.calls.filter((c) => c.call === "customerWrote").map((c) => c.detail)).toEqual([
      "merhaba?",
      "kimse yok mu?",
    ]);

    clock.advance(10 * 60_000);
    await Promise.all([a.runner.runDueJobs(clock.now()), b.runner.runDueJobs(clock.now())]);
    const notice = await sse.waitFor(/444 5 576/);
    expect(notice.text).toContain(ticket!);
    expect(notice.buttons?.map((x) => x.label)).toEqual(
      expect.arrayContaining(["Başvuru", "Temsilci", "Fiyatlar"]),
    );
    expect(sse.messages.filter((m) => /444 5 576/.test(m.text))).toHaveLength(1);
    expect(desk.calls.at(-1)).toMatchObject({ call: "closed", detail: "timeout" });

    const menu = await say(a.baseUrl, session, "menü");
    expect(menu.messages.at(-1)?.buttons?.map((x) => x.label)).toContain("Başvuru");
    expect((await say(a.baseUrl, session, "fiyat")).text).toContain("TL");
  });

  it("'menü' during the hand-off returns to the bot at once; an agent's reply arrives over SSE before that", async () => {
    const { desk, a, b } = await service();
    const session = await createChatSession(a.baseUrl);
    const sse = await stream(a.baseUrl, session);
    const ticket = /T-[A-Z2-9]{8}/.exec((await say(a.baseUrl, session, "temsilci")).text)![0];

    await a.handoffs.reply(ticket, "U1", "Merhaba, ben Ayşe. Size nasıl yardımcı olabilirim?");
    expect((await sse.waitFor(/^Temsilci: Merhaba, ben Ayşe/)).buttons).toBeUndefined();
    // Taken now: the customer's messages go to the agent without an automatic answer.
    expect((await say(a.baseUrl, session, "başvurum için yardım lazım")).messages).toEqual([]);

    const back = await say(b.baseUrl, session, "menü");
    expect(back.text).toMatch(/asistana döndünüz/);
    expect(back.messages.at(-1)?.buttons?.map((x) => x.label)).toContain("Başvuru");
    expect(desk.calls.at(-1)).toMatchObject({ call: "closed", detail: "customer_left" });
    await expect(a.handoffs.reply(ticket, "U1", "orada mısınız?")).rejects.toMatchObject({
      code: "handoff_closed",
    });
    expect((await say(a.baseUrl, session, "başvuru")).text).toMatch(/tüzel/i);
  });
});
