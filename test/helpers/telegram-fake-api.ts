/**
 * A fake Telegram Bot API on loopback over real HTTP: the npm package `telegram-test-api` keeps the
 * chats (bot messages, user messages and their ids, its client builds user messages), and a small
 * front server adds what the bot needs beyond it: long polling that waits (`getUpdates` with a
 * timeout, instead of a busy loop), `setMyCommands`, webhook deliveries carrying the secret token
 * given to `setWebhook`, raw updates of any kind (stickers, groups, a repeated update id), a log of
 * every Bot API call, and a settle signal: an update counts as handled once the bot polled again after
 * receiving it (polling: grammY handles a whole batch before its next \`getUpdates\`) or answered the webhook call.
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import TelegramServer from "telegram-test-api";
import type { StoredBotUpdate } from "telegram-test-api/lib/telegramServer.js";

/** One Bot API call the bot made. */
export interface BotApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** When the call arrived (`Date.now()`). */
  at: number;
  /** The error status the fake answered instead of the method's result (an injected failure). */
  failedWith?: number;
}

/** A failure to answer a Bot API call with, once (see {@link FakeTelegramApi.failNext}). */
export interface InjectedFailure {
  /** 429 (with `retry_after`) or a 5xx. */
  status: number;
  /** Seconds Telegram asks the bot to wait (`parameters.retry_after`), for a 429. */
  retryAfter?: number;
}

/** A message the bot sent, as stored by the fake. */
export interface SentMessage {
  messageId: number;
  chatId: number;
  text: string;
  buttons: { text: string; data: string }[];
  payload: Record<string, unknown>;
}

/** A raw update to deliver (any kind; the test chooses its update id). */
export type RawUpdate = { update_id: number } & Record<string, unknown>;

type Inner = InstanceType<typeof TelegramServer>;

/** The package's private parts this front uses. */
interface Internals {
  webServer: (req: IncomingMessage, res: ServerResponse) => void;
  updateId: number;
  addUserUpdate(update: object): Promise<void>;
}

/** The fake Bot API server. */
export class FakeTelegramApi {
  readonly inner: Inner;
  readonly calls: BotApiCall[] = [];
  /** Webhook deliveries: the update and the status the bot answered. */
  readonly deliveries: { update: RawUpdate; status: number; body: string }[] = [];
  #server: Server | undefined;
  #url = "";
  #webhook: { url: string; secret?: string } | undefined;
  readonly #raw: RawUpdate[] = [];
  readonly #events = new EventEmitter();
  readonly #handled = new Set<number>();
  readonly #failures = new Map<string, InjectedFailure[]>();
  /** Updates the webhook refused (non-2xx) or could not be reached for, with why. */
  readonly #refused = new Map<number, string>();
  /** Where webhook deliveries go instead of the registered URL (a reverse proxy's view). */
  #webhookTarget: string | undefined;
  /** Update ids handed out by the last `getUpdates` answer (grammY handles a batch before polling again). */
  #inFlight: number[] = [];
  /** Updates kept until a `getUpdates` confirms them (see {@link FakeTelegramApi.enqueue}). */
  readonly #unconfirmed: RawUpdate[] = [];
  /** Methods whose calls get no answer (see {@link FakeTelegramApi.stall}), with the calls held. */
  readonly #stalled = new Map<string, ServerResponse[]>();
  #closed = false;

  constructor() {
    this.inner = new TelegramServer({ host: "127.0.0.1", port: 1 });
    this.#events.setMaxListeners(100);
    for (const event of [
      "AddedUserMessage",
      "AddedUserCommand",
      "AddedUserCallbackQuery",
      "AddedBotMessage",
    ]) {
      this.inner.on(event, () => this.#events.emit("change"));
    }
    this.#routeClientUpdatesToWebhook();
  }

  /** How many fakes are listening now (a test can prove it left none behind). */
  static running = 0;

  /** Listens on a loopback port: an ephemeral one unless `port` is given. */
  async start(port = 0): Promise<void> {
    FakeTelegramApi.running++;
    this.#server = createServer((req, res) => {
      void this.#route(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ ok: false, description: String(error) }));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(port, "127.0.0.1", resolve));
    this.#url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** `TELEGRAM_API_ROOT` for the bot. */
  get apiRoot(): string {
    return this.#url;
  }

  /** The webhook the bot registered, if any. */
  get webhook(): { url: string; secret?: string } | undefined {
    return this.#webhook;
  }

  /** The package's client for a user in a private chat (chat id = user id). */
  client(token: string, userId: number, options: { languageCode?: string } = {}) {
    const client = this.inner.getClient(token, { userId, chatId: userId, firstName: `User${userId}` });
    (client as unknown as { url: string }).url = this.#url;
    return { client, languageCode: options.languageCode };
  }

  /** Sends a user text through the package's client over HTTP; resolves with its update id once delivered. */
  async sendText(token: string, userId: number, text: string, languageCode?: string): Promise<number> {
    const { client } = this.client(token, userId);
    const message = client.makeMessage(
      text,
      languageCode ? ({ from: { language_code: languageCode } } as never) : {},
    );
    return this.#viaClient(() => client.sendMessage(message));
  }

  /** Presses an inline button (its callback data) through the package's client. */
  async press(token: string, userId: number, data: string, languageCode?: string): Promise<number> {
    const { client } = this.client(token, userId);
    const query = client.makeCallbackQuery(
      data,
      languageCode ? ({ from: { language_code: languageCode } } as never) : {},
    );
    return this.#viaClient(() => client.sendCallback(query));
  }

  /** The update id the package will give to the next user update (ids are sequential). */
  async #viaClient(send: () => Promise<unknown>): Promise<number> {
    const id = this.#internals.updateId;
    await send();
    return id;
  }

  /** Delivers a raw update: queued for `getUpdates`, or posted to the webhook with its secret. */
  async deliver(update: RawUpdate): Promise<void> {
    if (this.#webhook) {
      await this.#postToWebhook(update);
      return;
    }
    this.#raw.push(update);
    this.#events.emit("change");
  }

  /**
   * Queues an update as the real Bot API keeps it for long polling: every `getUpdates` returns it
   * until one asks with an `offset` above its id (which confirms it), so a bot that dies before it
   * confirmed an update gets it again when it polls next.
   */
  enqueue(update: RawUpdate): void {
    this.#unconfirmed.push(update);
    this.#events.emit("change");
  }

  /** Ids of the updates {@link enqueue} holds that no `getUpdates` has confirmed yet. */
  unconfirmed(): number[] {
    return this.#unconfirmed.map((u) => u.update_id);
  }

  /**
   * Calls of `method` get no answer from now on (the Bot API hangs): nothing is carried out. See
   * {@link unstall}.
   */
  stall(method: string): void {
    if (!this.#stalled.has(method)) this.#stalled.set(method, []);
  }

  /** How many calls of `method` are held unanswered by {@link stall}. */
  stalledCalls(method: string): number {
    return this.#stalled.get(method)?.length ?? 0;
  }

  /** Calls of `method` are answered again; the ones held are dropped (their connections closed), not carried out. */
  unstall(method: string): void {
    for (const res of this.#stalled.get(method) ?? []) res.destroy();
    this.#stalled.delete(method);
  }

  /**
   * Resolves once update `updateId` was handled by the bot (see the class comment); rejects when
   * the webhook refused it or could not be reached.
   */
  async handled(updateId: number, timeoutMs = 10_000): Promise<void> {
    const done = () => this.#handled.has(updateId) || this.#refused.has(updateId);
    await this.#until(done, timeoutMs, `update ${updateId} not handled within ${timeoutMs} ms`);
    const refused = this.#handled.has(updateId) ? undefined : this.#refused.get(updateId);
    if (refused !== undefined) throw new Error(`update ${updateId} not taken by the webhook: ${refused}`);
  }

  /**
   * Delivers webhook calls to `url` whatever URL the bot registered (as a reverse proxy in front of
   * the service would): the service can register a public URL before its own port is known.
   */
  routeWebhookTo(url: string): void {
    this.#webhookTarget = url;
  }

  /** Messages the bot sent to a chat, oldest first. */
  sent(chatId: number): SentMessage[] {
    return this.inner.storage.botMessages
      .filter((m: StoredBotUpdate) => Number(m.message.chat_id) === chatId)
      .map((m: StoredBotUpdate) => {
        const markup = m.message.reply_markup as
          | { inline_keyboard?: { text: string; callback_data?: string }[][] }
          | undefined;
        return {
          messageId: m.messageId,
          chatId,
          text: String(m.message.text),
          buttons: (markup?.inline_keyboard ?? [])
            .flat()
            .map((b) => ({ text: b.text, data: String(b.callback_data) })),
          payload: m.message as unknown as Record<string, unknown>,
        };
      });
  }

  /**
   * Answers the next call of `method` with an error instead of handling it (a 429 carries
   * `parameters.retry_after`, as Telegram's flood control does); several calls queue up.
   */
  failNext(method: string, failure: InjectedFailure): void {
    const queue = this.#failures.get(method) ?? [];
    queue.push(failure);
    this.#failures.set(method, queue);
  }

  /** Ids of the user's messages the fake still holds in a private chat (deleted ones are gone). */
  userMessageIds(chatId: number): number[] {
    return this.inner.storage.userMessages
      .filter((u) => {
        const m = (u as { message?: { chat?: { id?: number } } }).message;
        return !("callbackQuery" in u) && Number(m?.chat?.id) === chatId;
      })
      .map((u) => u.messageId);
  }

  /** Calls of one Bot API method. */
  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.payload);
  }

  /** Waits until `check` holds. */
  async #until(check: () => boolean, timeoutMs: number, message: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(message);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 200));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#events.once("change", done);
      });
    }
  }

  /** Waits until `check` holds (public form for drivers and tests). */
  until(check: () => boolean, timeoutMs = 10_000, message = "condition not met"): Promise<void> {
    return this.#until(check, timeoutMs, message);
  }

  async stop(): Promise<void> {
    this.#closed = true;
    this.#events.emit("change");
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    FakeTelegramApi.running--;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? "");
    if (!match) {
      // The package's client routes (/sendMessage, /sendCallback …).
      this.#internals.webServer(req, res);
      return;
    }
    const [, token, method] = match as unknown as [string, string, string];
    const payload = await readJson(req);
    const stalled = this.#stalled.get(method);
    if (stalled) {
      this.calls.push({ method, payload, at: Date.now() });
      stalled.push(res);
      this.#events.emit("change");
      return;
    }
    const failure = this.#failures.get(method)?.shift();
    this.calls.push({ method, payload, at: Date.now(), ...(failure ? { failedWith: failure.status } : {}) });
    this.#events.emit("change");
    const reply = (result: unknown) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result }));
    };
    if (failure) {
      res.statusCode = failure.status;
      res.setHeader("content-type", "application/json");
      const tooMany = failure.status === 429;
      res.end(
        JSON.stringify({
          ok: false,
          error_code: failure.status,
          description: tooMany
            ? `Too Many Requests: retry after ${failure.retryAfter ?? 1}`
            : "Internal Server Error",
          ...(tooMany ? { parameters: { retry_after: failure.retryAfter ?? 1 } } : {}),
        }),
      );
      return;
    }
    switch (method) {
      case "getUpdates":
        return reply(await this.#getUpdates(token, payload));
      case "setMyCommands":
      case "deleteMyCommands":
        return reply(true);
      case "setWebhook":
        this.#webhook = { url: String(payload.url), secret: payload.secret_token as string | undefined };
        return reply(true);
      case "deleteWebhook":
        this.#webhook = undefined;
        return reply(true);
      case "getWebhookInfo":
        return reply({ url: this.#webhook?.url ?? "", pending_update_count: 0 });
      default: {
        // Everything else (sendMessage, answerCallbackQuery, deleteMessage, getMe …) is the package's.
        const body = JSON.stringify(payload);
        const forwarded = Object.assign(req, {
          body: payload,
          _body: true,
          headers: { ...req.headers, "content-length": String(Buffer.byteLength(body)) },
        });
        this.#internals.webServer(forwarded, res);
      }
    }
  }

  async #getUpdates(token: string, payload: Record<string, unknown>): Promise<unknown[]> {
    for (const id of this.#inFlight.splice(0)) this.#handled.add(id);
    // an offset confirms every queued update below it (Telegram's rule for getUpdates)
    const offset = Number(payload.offset ?? 0);
    for (let i = this.#unconfirmed.length - 1; i >= 0; i--) {
      const id = this.#unconfirmed[i]!.update_id;
      if (offset > 0 && id < offset) {
        this.#unconfirmed.splice(i, 1);
        this.#handled.add(id);
      }
    }
    this.#events.emit("change");
    const timeoutMs = Math.min(Number(payload.timeout ?? 0), 30) * 1000;
    const limit = Number(payload.limit ?? 100) || 100;
    const take = () => {
      const kept = this.#unconfirmed.slice(0, limit);
      // Raw updates are delivered whatever the offset: a test uses them to redeliver an update.
      const raw = this.#raw.splice(0);
      return [...kept, ...raw, ...this.inner.getUpdates(token)];
    };
    let updates = take();
    if (updates.length === 0 && timeoutMs > 0 && !this.#closed) {
      await this.#until(
        () => this.#closed || this.#raw.length > 0 || this.#unconfirmed.length > 0 || this.#hasUnread(token),
        timeoutMs,
        "",
      ).catch(() => {});
      updates = take();
    }
    this.#inFlight = updates.map((u) => (u as { update_id: number }).update_id);
    return updates;
  }

  #hasUnread(token: string): boolean {
    return this.inner.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  }

  async #postToWebhook(update: RawUpdate): Promise<void> {
    const hook = this.#webhook!;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secret) headers["x-telegram-bot-api-secret-token"] = hook.secret;
    try {
      const res = await fetch(this.#webhookTarget ?? hook.url, {
        method: "POST",
        headers,
        body: JSON.stringify(update),
      });
      const body = await res.text();
      this.deliveries.push({ update, status: res.status, body });
      if (res.ok) {
        this.#handled.add(update.update_id);
        this.#refused.delete(update.update_id);
      } else this.#refused.set(update.update_id, `HTTP ${res.status} ${body.slice(0, 200)}`);
    } catch (error) {
      this.#refused.set(update.update_id, String(error));
      throw error;
    } finally {
      this.#events.emit("change");
    }
  }

  /** The package's private parts. */
  get #internals(): Internals {
    return this.inner as unknown as Internals;
  }

  /**
   * Hooks the package's own webhook delivery (which sends no secret token and throws on a non-2xx
   * answer) so that user messages sent through the client reach the webhook like raw updates.
   */
  #routeClientUpdatesToWebhook(): void {
    const inner = this.#internals;
    const format = (TelegramServer as unknown as { formatUpdate(u: object): RawUpdate }).formatUpdate;
    inner.addUserUpdate = async (update: object) => {
      if (!this.#webhook) {
        this.inner.storage.userMessages.push(update as never);
      } else {
        // Kept (as already read, so no poll returns it) so that the bot can delete it, as in polling.
        this.inner.storage.userMessages.push({ ...update, isRead: true } as never);
        const formatted = format(update);
        inner.updateId++;
        await this.#postToWebhook(formatted).catch(() => {});
        return;
      }
      inner.updateId++;
    };
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return Object.fromEntries(new URL(req.url ?? "", "http://x").searchParams);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}
