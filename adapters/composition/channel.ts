/**
 * The contract between the composition root and a channel adapter. The root builds the engine,
 * the conversation store and the outbound router once; a channel receives them through
 * {@link ChannelContext} and gives back its routes, its outbound port and its lifecycle.
 */
import type { RequestHandler, Router } from "express";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { ConversationEngine, ConversationRef, OutboundChannelPort } from "../../bot/channel-port.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { RandomSource } from "../../core/ports/random.ts";
import type { Environment } from "../config/environment.ts";
import type { PrismaConversationStore } from "../db/conversation-store.ts";
import type { OpenDatabase } from "../db/database.ts";

/** A customer channel's name, as stored on its conversations. */
export type ChannelName = ConversationRef["channel"];

/** What every channel receives from the composition root. */
export interface ChannelContext {
  env: Environment;
  logger: Logger;
  clock: Clock;
  random: RandomSource;
  translator: i18n;
  database: OpenDatabase;
  /** The one conversation engine of the service (it serialises turns per conversation). */
  engine: ConversationEngine;
  /** Conversation rows: engine state, web sessions, a Telegram chat's id. */
  conversations: PrismaConversationStore;
  /** Sends a later message to whatever channel a conversation lives on. */
  outbound: OutboundChannelPort;
  metrics: Registry;
}

/** A channel plugged into the service. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  /** Express routers or handlers mounted on the service's HTTP app. */
  readonly routers: (Router | RequestHandler)[];
  /** Delivers messages pushed to this channel's conversations (agent replies, hand-off notices). */
  readonly outbound: OutboundChannelPort;
  /** Starts background work once the HTTP server listens (long polling, `setWebhook`). */
  start?(): Promise<void>;
  /** Stops background work and open streams; called before the HTTP server closes. */
  close(): Promise<void>;
}
