import express, { type Request, type Router } from "express";
import type { Logger } from "pino";
import type { ConversationEngine, UserEvent } from "../../bot/channel-port.ts";
import type { RandomSource } from "../../core/ports/random.ts";
import { HttpError, methodNotAllowed } from "../http/errors.ts";
import { parseChatMessage } from "./chat-message-body.ts";
import { jsonBodyOnly } from "./json-body-only.ts";
import { ChatRateLimiter, type ChatRateLimits, defaultChatRateLimits } from "./rate-limits.ts";
import { issueToken, newSessionId, tokenMatches } from "./session-token.ts";
import type { SseHub } from "./sse-hub.ts";
import type { WebSession, WebSessionStore } from "./web-session-store.ts";

/**
 * Largest JSON body the chat API accepts: a message of `MAX_TEXT_LENGTH` characters
 * (chat-message-body.ts, code points) fits however its JSON is escaped: a character outside the
 * BMP (an emoji) escaped as a surrogate pair, `\ud83d\ude00`, is 12 bytes, so 1 000 of them 12 000.
 */
export const MAX_CHAT_BODY = "16kb";

/** What the chat API needs. */
export interface ChatApiDependencies {
  engine: ConversationEngine;
  sessions: WebSessionStore;
  hub: SseHub;
  random: RandomSource;
  logger: Logger;
  limits?: ChatRateLimits;
}

/** The JSON API and event stream of the web chat (`interfaces.md` §2). */
export function chatApiRoutes(deps: ChatApiDependencies): Router {
  const router = express.Router();
  const limiter = new ChatRateLimiter(deps.limits ?? defaultChatRateLimits);
  // the type is checked first (jsonBodyOnly: 415 for anything but UTF-8 application/json)
  const json = express.json({ limit: MAX_CHAT_BODY, strict: true, type: () => true });

  router.post("/api/chat/sessions", limiter.sessionCreation(), jsonBodyOnly, json, async (req, res) => {
    const body = sessionBody(req.body ?? {});
    const { token, tokenHash } = issueToken(deps.random);
    const session: WebSession = { id: newSessionId(deps.random), tokenHash, locale: body.locale ?? "tr" };
    await deps.sessions.createSession(session);
    // The engine serialises turns per conversation; the channel adds no queue of its own.
    const messages = await deps.engine.handle(
      { id: session.id, channel: "web", locale: session.locale, ...clientNetworkOf(req) },
      { type: "start" },
    );
    deps.logger.debug({ session: session.id }, "web chat session created");
    res.status(201).json({ sessionId: session.id, token, messages });
  });

  router.post("/api/chat/sessions/:id/messages", limiter.perIp(), jsonBodyOnly, json, async (req, res) => {
    const session = await authenticate(deps.sessions, req, false);
    if (!(await limiter.consumeSession(session.id, res))) return;
    const body = parseChatMessage(req.body);
    const event: UserEvent =
      "text" in body ? { type: "text", text: body.text } : { type: "button", id: body.button };
    const messages = await deps.engine.handle(
      // the client address (req.ip: X-Forwarded-For only from MM_TRUST_PROXY's proxies) feeds the one-time-code budget per network
      { id: session.id, channel: "web", locale: session.locale, ...clientNetworkOf(req) },
      event,
    );
    res.status(200).json({ messages });
  });

  router.get("/api/chat/sessions/:id/events", limiter.perIp(), async (req, res) => {
    const session = await authenticate(deps.sessions, req, true);
    // HEAD: the stream's headers only; attached, it would swallow the messages waiting for a browser
    if (req.method === "HEAD") {
      res.status(200).type("text/event-stream; charset=utf-8").set("Cache-Control", "no-cache, no-transform");
      res.end();
      return;
    }
    deps.hub.attach(session.id, res);
  });

  // A known route with another method: 405 with Allow, not the 404 of an unknown path.
  router.all("/api/chat/sessions", methodNotAllowed(["POST"]));
  router.all("/api/chat/sessions/:id/messages", methodNotAllowed(["POST"]));
  router.all("/api/chat/sessions/:id/events", methodNotAllowed(["GET", "HEAD"]));
  return router;
}

/** The request's client address (`req.ip`, which honours X-Forwarded-For only from the proxies MM_TRUST_PROXY trusts). */
function clientNetworkOf(req: Request): { clientNetwork?: string } {
  return req.ip ? { clientNetwork: req.ip } : {};
}

/**
 * The body of `POST /api/chat/sessions`: `{}` or `{ "locale": "tr" | "en" }`; a refusal names the
 * field and the rule, as the messages route's do (chat-message-body.ts).
 */
function sessionBody(value: unknown): { locale?: "tr" | "en" } {
  const invalid = (message: string) => new HttpError(400, "invalid_request", message);
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw invalid('request body must be a JSON object: {} or { "locale": "tr" | "en" }');
  const unknown = Object.keys(value).find((key) => key !== "locale");
  if (unknown !== undefined)
    throw invalid(
      `unknown field ${JSON.stringify(unknown.slice(0, 40))}: send {} or { "locale": "tr" | "en" }`,
    );
  const locale = (value as { locale?: unknown }).locale;
  if (locale === undefined) return {};
  if (locale !== "tr" && locale !== "en") throw invalid('locale must be "tr" or "en"');
  return { locale };
}

async function authenticate(store: WebSessionStore, req: Request, allowQuery: boolean): Promise<WebSession> {
  const header = req.get("authorization");
  let token: string | undefined;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, "unauthorized", "expected Authorization: Bearer <token>");
    token = match[1];
  } else if (allowQuery && typeof req.query.token === "string") {
    token = req.query.token;
  }
  if (!token) throw new HttpError(401, "unauthorized", "session token missing");
  const id = String(req.params.id ?? "");
  if (!/^[\w-]{1,64}$/.test(id)) throw new HttpError(404, "session_not_found", "no such chat session");
  const session = await store.findSession(id);
  if (!session) throw new HttpError(404, "session_not_found", "no such chat session");
  if (!tokenMatches(token, session.tokenHash))
    throw new HttpError(401, "unauthorized", "session token does not match");
  return session;
}
