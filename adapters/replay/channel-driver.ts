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

/** Plays a customer's side of a replay on one channel; the Telegram driver plugs in here later. */
export interface ChannelDriver {
  readonly channel: CustomerChannel;
  open(system: ReplaySystem, locale: "tr" | "en"): Promise<ChannelSession>;
}
