import type { Router } from "express";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import type { ConversationEngine } from "../../bot/channel-port.ts";
import type { RandomSource } from "../../core/ports/random.ts";
import { chatApiRoutes } from "./chat-api.ts";
import { chatPageRoutes } from "./chat-page.ts";
import type { ChatRateLimits } from "./rate-limits.ts";
import { SseHub } from "./sse-hub.ts";
import type { WebSessionStore } from "./web-session-store.ts";

/** What the web channel needs from the composition root. */
export interface WebChatDependencies {
  engine: ConversationEngine;
  sessions: WebSessionStore;
  translator: i18n;
  random: RandomSource;
  logger: Logger;
  limits?: ChatRateLimits;
}

/** The web channel: its routers (page + API + SSE) and its outbound port for later messages. */
export interface WebChat {
  router: Router[];
  /** The web's OutboundChannelPort (Server-Sent Events). */
  outbound: SseHub;
  /** Ends open event streams. */
  close(): Promise<void>;
}

/** Builds the web chat channel. */
export function createWebChat(deps: WebChatDependencies): WebChat {
  const outbound = new SseHub();
  return {
    router: [chatPageRoutes(deps.translator), chatApiRoutes({ ...deps, hub: outbound })],
    outbound,
    close: async () => outbound.closeAll(),
  };
}
