/** What the `/mm` subcommands work with, and the action ids of the console's buttons. */
import type { TFunction } from "i18next";
import type { AgentHandoffs } from "../../bot/handoff/agent-handoffs.ts";
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import type { SlackAnswer } from "./slack-answer.ts";

/** What the subcommands work with. */
export interface MmDeps {
  ra: RegistrationAuthorityService;
  handoffs: AgentHandoffs;
  audit: { append(event: AuditEvent): Promise<unknown> };
  /** Texts of `locales/<lng>/slack.json`. */
  t: TFunction;
  /** Posts a revocation request with Onayla/Reddet buttons to the support channel (four eyes). */
  announceRevocationRequest(text: SlackAnswer, requestId: string): Promise<void>;
  /**
   * Replaces a decided request's channel message with its decision (no buttons left); `where` is
   * the message when a button press named it.
   */
  showRevocationDecision(requestId: string, decision: SlackAnswer, where?: MessageRef): Promise<void>;
  /** Told of an unexpected failure (logged by the console); the agent sees a generic answer. */
  onUnexpected?(error: unknown): void;
  /** The SLACK_AGENTS role of a Slack user: a supervisor may take over or finish another's hand-off. */
  roleOf?(userId: string): "agent" | "supervisor" | undefined;
}

/** A Slack message: its channel id and `ts`. */
export interface MessageRef {
  channel: string;
  ts: string;
}

/** Action ids of the console's buttons. */
export const mmActions = {
  approve: "mm_revocation_approve",
  reject: "mm_revocation_reject",
  hsmStep: "mm_hsm_step",
  take: "mm_handoff_take",
} as const;

/** Callback id of the HSM step modal (`views.open` from the step button). */
export const mmHsmStepModal = "mm_hsm_step_modal";
