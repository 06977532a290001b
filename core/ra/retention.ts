import type { JobLogger } from "../jobs/job-logger.ts";
import type { JobHandler } from "../jobs/job-runner.ts";
import { applicationLimits } from "./application-budget.ts";
import { challengeLimits } from "./code-budget.ts";

/** The job kind of the daily KVKK retention sweep. */
export const retentionSweepJob = "retention_sweep";

/** How long personal data is kept (KVKK data minimisation). */
export interface RetentionPolicy {
  /**
   * After expiry, before an OTP challenge or a verification is deleted; default 0. A challenge is
   * kept in any case for the code budget's window after it was asked: it is what the budget counts.
   */
  codesAfterExpiryMs: number;
  /** After sending, before a notification's body is blanked; default 1 day. */
  notificationBodyMs: number;
  /** Idle time before a conversation (with its verifications and channel records) is deleted; default 30 days. */
  conversationIdleMs: number;
  /**
   * After closing, before a recovery step (core/ports/recovery-ledger.ts) is deleted; default 1 day.
   * A closed step serves nothing (the same change opens it afresh), its payload is blanked at closing.
   */
  closedRecoveryStepMs: number;
}

const day = 24 * 60 * 60 * 1000;

/**
 * The defaults: expired codes at once, sent notification bodies after 1 day, idle conversations
 * after 30 days, closed recovery steps after 1 day.
 */
export const defaultRetentionPolicy: RetentionPolicy = {
  codesAfterExpiryMs: 0,
  notificationBodyMs: day,
  conversationIdleMs: 30 * day,
  closedRecoveryStepMs: day,
};

/** What the sweep deletes or blanks, by table. */
export interface RetentionStore {
  /** Deletes OTP challenges that expired before `before` and were asked before `askedBefore`; returns how many. */
  deleteChallengesExpiredBefore(before: Date, askedBefore: Date): Promise<number>;
  /** Deletes verifications that expired before `before`; returns how many. */
  deleteVerificationsExpiredBefore(before: Date): Promise<number>;
  /**
   * Blanks the source (conversation id, client network) of applications created before `before`;
   * returns how many. The new-application budget no longer counts them; the order keeps the rest.
   */
  blankApplicationSourcesBefore(before: Date): Promise<number>;
  /** Blanks the body of notifications sent before `before` (or failed and created before it); returns how many. */
  blankNotificationsSentBefore(before: Date): Promise<number>;
  /**
   * Deletes conversations last updated before `before`, and in the same step what is bound to them:
   * their verifications (however valid: a conversation recreated under the same id must be verified
   * again), their channel records (a Telegram chat's id and language), their open one-time-code
   * challenges (spent, not deleted: the code budget counts them); closes at `now` the hand-offs still
   * active on them (the agents' desk is told). Returns how many conversations.
   */
  deleteConversationsIdleSince(before: Date, now: Date): Promise<number>;
  /** Deletes recovery steps closed before `before` (never an open one); returns how many. */
  deleteRecoveryStepsClosedBefore(before: Date): Promise<number>;
}

/** Counts of one sweep. */
export interface RetentionReport {
  challenges: number;
  verifications: number;
  notifications: number;
  applicationSources: number;
  conversations: number;
  recoverySteps: number;
}

/** Applies the retention policy at `now`. */
export async function applyRetention(
  store: RetentionStore,
  policy: RetentionPolicy,
  now: Date,
): Promise<RetentionReport> {
  const at = (ms: number) => new Date(now.getTime() - ms);
  return {
    // a deleted challenge no longer counts against the budget: none leaves within its window
    challenges: await store.deleteChallengesExpiredBefore(
      at(policy.codesAfterExpiryMs),
      at(challengeLimits.windowMs),
    ),
    verifications: await store.deleteVerificationsExpiredBefore(at(policy.codesAfterExpiryMs)),
    notifications: await store.blankNotificationsSentBefore(at(policy.notificationBodyMs)),
    // an application's client is personal data kept only while the budget counts it
    applicationSources: await store.blankApplicationSourcesBefore(at(applicationLimits.windowMs)),
    conversations: await store.deleteConversationsIdleSince(at(policy.conversationIdleMs), now),
    recoverySteps: await store.deleteRecoveryStepsClosedBefore(at(policy.closedRecoveryStepMs)),
  };
}

/** The job handler of {@link retentionSweepJob}. */
export function createRetentionSweepHandler(deps: {
  store: RetentionStore;
  policy: RetentionPolicy;
  logger: JobLogger;
}): JobHandler {
  return async (_payload, context) => {
    const report = await applyRetention(deps.store, deps.policy, context.now);
    deps.logger.info({ ...report }, "KVKK retention sweep done");
  };
}
