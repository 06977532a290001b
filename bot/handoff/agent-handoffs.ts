import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { HandoffView } from "./handoff-desk.ts";

/** Coded failures of the agent entry points. */
export type HandoffErrorCode =
  | "handoff_not_found"
  | "handoff_closed"
  | "handoff_taken_by_other"
  | "handoff_not_taken";

/** Why an agent's reply was not relayed: it asks for a PIN, PUK or password, or for a one-time code. */
export type AgentReplyRefusal = "agent_reply_asks_secret" | "agent_reply_asks_code";

/**
 * An agent's reply that is not relayed to the customer because it asks for a PIN, PUK or password,
 * or for the customer's one-time (verification) code in the chat (secret-request.ts). Coded like a
 * `DomainError`: consoles show `errors.<code>` to the agent. Only the agent sees it, so core's
 * registry (core/errors/error-codes.ts) has the codes as operator codes (`customer: false`), with
 * their text in the console's locales (slack.json).
 */
export abstract class AgentReplyRefusedError extends Error {
  abstract readonly code: AgentReplyRefusal;
  readonly details: Record<string, string | number>;
  constructor(ticket: string, what: string) {
    super(`a reply in hand-off ${ticket} asks the customer for ${what}; not relayed`);
    this.name = "AgentReplyRefusedError";
    this.details = { ticket };
  }
}

/** The reply asks for a PIN, PUK or password (also disguised: "p1n", "ş1fre"). */
export class AgentReplyAsksSecretError extends AgentReplyRefusedError {
  readonly code = "agent_reply_asks_secret" satisfies ErrorCode;
  constructor(ticket: string) {
    super(ticket, "a PIN, PUK or password");
  }
}

/** The reply asks for the one-time code the customer received ("kodu buraya yazın", "send me the code"). */
export class AgentReplyAsksCodeError extends AgentReplyRefusedError {
  readonly code = "agent_reply_asks_code" satisfies ErrorCode;
  constructor(ticket: string) {
    super(ticket, "a one-time code in the chat");
  }
}

/** Whether the agent acting is a supervisor (SLACK_AGENTS role `supervisor`). */
export interface AgentRoleOption {
  supervisor?: boolean;
}

/**
 * What agent consoles (Slack `/mm devral|bitir`, thread replies) may do with hand-offs. Implemented
 * by the hand-off service over storage, so it works across instances and survives a restart.
 * Failures throw a `DomainError` with a {@link HandoffErrorCode}.
 */
export interface AgentHandoffs {
  /** The hand-off by ticket, or by the desk thread it was posted in. */
  find(query: { ticket?: string; deskThread?: string }): Promise<HandoffView | undefined>;
  /**
   * `devral`: the agent takes an open hand-off; the customer is told an agent is with them. A
   * `supervisor` (SLACK_AGENTS role) also takes over one another agent holds; anyone else is refused
   * `handoff_taken_by_other`, with the holder in its details (`agent`).
   */
  take(ticket: string, agentId: string, options?: AgentRoleOption): Promise<HandoffView>;
  /**
   * An agent's reply in the thread: delivered to the customer's channel (takes the hand-off when
   * still open). A reply asking for a PIN, PUK or password, or for a one-time code in the chat, is
   * refused with an {@link AgentReplyRefusedError} before anything else happens.
   */
  reply(ticket: string, agentId: string, text: string): Promise<void>;
  /**
   * `bitir`: hands the customer back to the bot; the customer is told and shown the menu. A
   * `supervisor` may finish a hand-off another agent holds.
   */
  finish(ticket: string, agentId: string, options?: AgentRoleOption): Promise<HandoffView>;
}
