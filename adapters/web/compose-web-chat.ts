import type { Router } from "express";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import type { ConversationEngine } from "../../bot/channel-port.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { RandomSource } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import { PrismaConversationStore } from "../db/conversation-store.ts";
import type { Db } from "../db/database.ts";
import { chatRateLimitsFrom } from "./rate-limits.ts";
import { SseHub } from "./sse-hub.ts";
import { createWebChat } from "./web-chat.ts";

/** The web chat as the composition root wires it. */
export interface ComposedWebChat {
  /** Conversation state and web sessions over the `Conversation` table. */
  store: PrismaConversationStore;
  /** The web's OutboundChannelPort (SSE). */
  outbound: SseHub;
  router: Router[];
  close(): Promise<void>;
}

/**
 * Builds the conversation store, the SSE hub, then the engine (through `engineFor`, which gets
 * both, e.g. for the hand-off port), then the web routers with the configured rate limits.
 */
export function composeWebChat(deps: {
  db: Db;
  env: Environment;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  translator: i18n;
  engineFor(parts: { store: PrismaConversationStore; outbound: SseHub }): ConversationEngine;
}): ComposedWebChat {
  const store = new PrismaConversationStore(deps.db, deps.clock);
  const outbound = new SseHub();
  const engine = deps.engineFor({ store, outbound });
  const chat = createWebChat({
    engine,
    sessions: store,
    translator: deps.translator,
    random: deps.random,
    logger: deps.logger,
    limits: chatRateLimitsFrom(deps.env),
    outbound,
  });
  return { store, outbound, router: chat.router, close: chat.close };
}
