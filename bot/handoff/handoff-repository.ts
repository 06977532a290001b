/**
 * Storage of hand-offs (adapters/db/handoff-store.ts implements it). Every change of status is a
 * conditional update, so that of two instances racing for one hand-off (two agents taking it, the
 * timeout job and an agent) only one wins.
 */
import type { HandoffCloseReason, HandoffView } from "./handoff-desk.ts";

/** A stored hand-off: what agents see plus its history. */
export interface HandoffRecord extends HandoffView {
  /** When its (current) agent took it. */
  takenAt?: Date;
  /** When its agent took it or last wrote in its thread: the agent's silence counts from here. */
  agentActiveAt?: Date;
  closedAt?: Date;
  closeReason?: HandoffCloseReason;
}

/** A hand-off to open. */
export interface NewHandoff {
  ticket: string;
  conversationId: string;
  channel: HandoffView["channel"];
  locale: HandoffView["locale"];
  /** Already masked. */
  summary: string;
  openedAt: Date;
}

/**
 * Which hand-offs a close may end: `open` only (the timeout), any not closed (the customer left),
 * or one that is open or taken by this agent (the agent finished).
 */
export type CloseCondition = "open" | "active" | { agentId: string };

/** What the hand-off service needs from storage. */
export interface HandoffRepository {
  /**
   * Stores a new open hand-off, unless the conversation has one that is not closed: then that one
   * is returned and nothing is written (at most one active hand-off per conversation, also across instances).
   */
  openOrReuse(handoff: NewHandoff): Promise<{ record: HandoffRecord; created: boolean }>;
  /** The conversation's hand-off that is open or taken. */
  active(conversationId: string): Promise<HandoffRecord | undefined>;
  byTicket(ticket: string): Promise<HandoffRecord | undefined>;
  byDeskThread(deskThread: string): Promise<HandoffRecord | undefined>;
  /** Records where the desk posted the hand-off. */
  setDeskThread(ticket: string, deskThread: string): Promise<void>;
  /** open → taken by the agent; false when it was not open any more. */
  take(ticket: string, agentId: string, at: Date): Promise<boolean>;
  /** A supervisor takes over: taken by `fromAgentId` → taken by `toAgentId`; false when it was not. */
  takeOver(ticket: string, fromAgentId: string, toAgentId: string, at: Date): Promise<boolean>;
  /** Its agent wrote in the thread: `agentActiveAt` moves to `at` while it is taken by that agent. */
  agentWrote(ticket: string, agentId: string, at: Date): Promise<void>;
  /** Closes the hand-off when `condition` holds; false (and nothing written) otherwise. */
  close(ticket: string, reason: HandoffCloseReason, at: Date, condition: CloseCondition): Promise<boolean>;
}
