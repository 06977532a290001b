/**
 * The channel-neutral contract between channels (web, Telegram, Slack) and the conversation
 * engine. A channel adapter only translates its wire format to {@link UserEvent} and renders
 * {@link BotMessage}s; every rule lives in bot/ flows and core/.
 */

/** A button the bot offers; its label can also be typed. */
export interface BotButton {
  id: string;
  label: string;
}

/** One message from the bot, as in the public web API (`interfaces.md` §2). */
export interface BotMessage {
  text: string;
  buttons?: BotButton[];
}

/** What the customer (or the system) did. */
export type UserEvent = { type: "start" } | { type: "text"; text: string } | { type: "button"; id: string };

/** Where a conversation lives and in which language it speaks. */
export interface ConversationRef {
  /** The engine's conversation id (stable per chat session / Telegram chat). */
  id: string;
  channel: "web" | "telegram" | "slack";
  locale: "tr" | "en";
  /**
   * The client's IP address as the channel saw it (web: the request IP), for the one-time-code
   * budget per network (core/ra/client-network.ts); absent where the channel gives none (Telegram).
   */
  clientNetwork?: string;
}

/** The conversation engine as channels see it. */
export interface ConversationEngine {
  /** Handles one event and returns what the bot answers now. */
  handle(conversation: ConversationRef, event: UserEvent): Promise<BotMessage[]>;
}

/**
 * Pushes messages that arrive later (agent replies, notifications) to a conversation's channel:
 * SSE for web, a sendMessage for Telegram.
 */
export interface OutboundChannelPort {
  push(conversationId: string, messages: BotMessage[]): Promise<void>;
}

/** A hand-off that is not closed yet, as the customer side sees it. */
export interface ActiveHandoff {
  ticket: string;
  /** `open`: waiting for an agent; `taken`: an agent is with the customer. */
  status: "open" | "taken";
}

/**
 * What became of a customer message during a hand-off: relayed, relayed with its code withheld, no
 * hand-off, or `agent_gone`: the agent who took it has been silent so long that the hand-off was
 * closed instead (nothing relayed; the conversation tells the customer they are back with the assistant).
 */
export type RelayOutcome = "relayed" | "code_withheld" | "no_handoff" | "agent_gone";

/**
 * Hands a conversation to a human agent ("temsilci") and back. The hand-off service
 * (bot/handoff/handoff-service.ts) implements it over storage, so every instance and a restarted
 * service see the same hand-offs.
 */
export interface HandoffPort {
  /** Opens (or reuses) a hand-off for the conversation with a short, masked summary for the agent. */
  requestAgent(request: {
    conversationId: string;
    channel: ConversationRef["channel"];
    summary: string;
    /** The language later notices (agent joined, timeout) are written in; default `tr`. */
    locale?: ConversationRef["locale"];
  }): Promise<{
    ticket: string;
  }>;
  /**
   * Relays a customer message into an open hand-off thread, masked. With `botCodeRecent` (a code the
   * bot's own dialog sent in this conversation is open or recently ended) a one-time code in it is
   * withheld and the thread told so (bot/handoff/code-withholding.ts). Says what happened.
   */
  relayCustomerMessage(
    conversationId: string,
    text: string,
    options?: { botCodeRecent?: boolean },
  ): Promise<RelayOutcome>;
  /** Whether a hand-off is open (or taken) for the conversation. */
  isOpen(conversationId: string): Promise<boolean>;
  /** The conversation's hand-off that is not closed yet, if any. */
  active(conversationId: string): Promise<ActiveHandoff | undefined>;
  /** The customer went back to the bot ("menü", "iptal"): closes the hand-off; false when none was active. */
  leave(conversationId: string): Promise<boolean>;
  /**
   * Whether agents can see hand-offs at all (a desk, the Slack console's support channel, is
   * configured). When false the bot opens none and gives the call centre instead: a hand-off nobody
   * can read would tell the customer their messages reach an agent. Absent: staffed.
   */
  staffed?(): boolean;
}
