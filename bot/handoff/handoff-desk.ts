/**
 * The agents' side of hand-offs. The hand-off service (bot/handoff/) keeps hand-offs in storage and
 * tells the desk what happens; the Slack console implements the desk (a masked summary posted to
 * the support channel, customer messages in its thread). Without Slack (or without its support
 * channel) there is no desk: the service is not staffed and the bot opens no hand-off, it gives the
 * call centre (bot/flows/handoff.ts); one left from a time with a desk still follows the same rules
 * (the timeout closes it when untaken).
 */

/** A hand-off as agents see it. Every text in it is masked. */
export interface HandoffView {
  /** Short ticket number read out on the phone, e.g. `T-7K2M9QXA`. */
  ticket: string;
  conversationId: string;
  channel: "web" | "telegram" | "slack";
  locale: "tr" | "en";
  status: "open" | "taken" | "closed";
  /** Masked summary of where the conversation was. */
  summary: string;
  /** Where the desk keeps its thread (Slack: `<channel id>:<thread ts>`), once posted. */
  deskThread?: string;
  /** The agent who took it (Slack user id). */
  agentId?: string;
  openedAt: Date;
}

/**
 * Why a hand-off ended: its agent finished, the customer left, nobody took it in time (`timeout`),
 * or the agent who took it stayed silent (`agent_silent`, handoff-service.ts `AGENT_SILENCE_MS`).
 */
export type HandoffCloseReason = "agent_finished" | "customer_left" | "timeout" | "agent_silent";

/** Who closed a hand-off, when not the customer, the agent or the timeout themselves. */
export interface HandoffCloseNote {
  by: "retention_sweep";
}

/** Where agents work on hand-offs. */
export interface HandoffDesk {
  /** A new hand-off: post the masked summary; returns the thread reference to store. */
  opened(handoff: HandoffView): Promise<{ deskThread?: string }>;
  /**
   * The customer wrote (already masked) while the hand-off is open or taken. `codeWithheld`: the
   * message held a one-time code of the bot's, replaced by `••••••` in `maskedText`; the desk says so.
   */
  customerWrote(handoff: HandoffView, maskedText: string, note?: { codeWithheld: boolean }): Promise<void>;
  /** An agent took the hand-off. */
  taken(handoff: HandoffView): Promise<void>;
  /**
   * The hand-off ended. `note.by` `retention_sweep`: the KVKK retention sweep deleted the idle
   * conversation it was active on (reason `customer_left`); the desk says so, with no personal data.
   */
  closed(handoff: HandoffView, reason: HandoffCloseReason, note?: HandoffCloseNote): Promise<void>;
}

/** A desk that does nothing: the service without Slack. */
export const noHandoffDesk: HandoffDesk = {
  opened: async () => ({}),
  customerWrote: async () => {},
  taken: async () => {},
  closed: async () => {},
};
