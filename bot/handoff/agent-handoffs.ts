import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { HandoffView } from "./handoff-desk.ts";

/** Coded failures of the agent entry points. */
export type HandoffErrorCode =
  | "handoff_not_found"
  | "handoff_closed"
  | "handoff_taken_by_other"
  | "handoff_not_taken";

/**
 * An agent's reply that is not relayed to the customer because it asks for a PIN, PUK or password
 * (secret-request.ts). Coded like a `DomainError`: consoles show `errors.agent_reply_asks_secret`
 * to the agent. Only the agent sees it, so core's registry (core/errors/error-codes.ts) has it as an
 * operator code (`customer: false`), with its text in the console's locales (slack.json).
 */
export class AgentReplyRefusedError extends Error {
  readonly code = "agent_reply_asks_secret" satisfies ErrorCode;
  readonly details: Record<string, string | number>;
  constructor(ticket: string) {
    super(
      `agent_reply_asks_secret: a reply in hand-off ${ticket} asks the customer for a PIN, PUK or password; not relayed`,
    );
    this.name = "AgentReplyRefusedError";
    this.details = { ticket };
  }
}

/**
 * What agent consoles (Slack `/mm devral|bitir`, thread replies) may do with hand-offs. Implemented
 * by the hand-off service over storage, so it works across instances and survives a restart.
 * Failures throw a `DomainError` with a {@link HandoffErrorCode}.
 */
export interface AgentHandoffs {
  /** The hand-off by ticket, or by the desk thread it was posted in. */
  find(query: { ticket?: string; deskThread?: string }): Promise<HandoffView | undefined>;
  /** `devral`: the agent takes an open hand-off; the customer is told an agent is with them. */
  take(ticket: string, agentId: string): Promise<HandoffView>;
  /**
   * An agent's reply in the thread: delivered to the customer's channel (takes the hand-off when
   * still open). A reply asking for a PIN, PUK or password is refused with
   * {@link AgentReplyRefusedError} before anything else happens.
   */
  reply(ticket: string, agentId: string, text: string): Promise<void>;
  /** `bitir`: hands the customer back to the bot; the customer is told and shown the menu. */
  finish(ticket: string, agentId: string): Promise<HandoffView>;
}
