import type { BotMessage } from "../../bot/channel-port.ts";
import type { ReplaySystem } from "./replay-system.ts";

/** The customer channels a replay can be played on. */
export type CustomerChannel = "web" | "telegram";

/** One customer's conversation over a channel's real interface. */
export interface ChannelSession {
  /** The engine's conversation id (for agent replies). */
  readonly conversationId: string;
  /** The bot's first messages (sent when the conversation opened). */
  readonly greeting: BotMessage[];
  /** The customer writes. */
  sendText(text: string): Promise<BotMessage[]>;
  /** The customer presses a button by its id. */
  pressButton(id: string): Promise<BotMessage[]>;
  /**
   * Messages that arrived later (agent replies, notifications) since the last call; waits up to
   * `waitMs` for at least one when asked to.
   */
  takePushed(waitMs?: number): Promise<BotMessage[]>;
  close(): Promise<void>;
}

/** What a driver set up before the system starts, e.g. a test Bot API server. */
export interface PreparedChannel {
  /** Configuration the system under test is started with. */
  env: Record<string, string>;
  /** Stops what `prepare` started (after the system is closed). */
  close(): Promise<void>;
}

/** Plays a customer's side of a replay on one channel. */
export interface ChannelDriver {
  readonly channel: CustomerChannel;
  /** Called before each replay's system starts; its `env` is passed to the system. */
  prepare?(): Promise<PreparedChannel>;
  open(system: ReplaySystem, locale: "tr" | "en"): Promise<ChannelSession>;
}
