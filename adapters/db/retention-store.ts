import type { RetentionStore } from "../../core/ra/retention.ts";
import type { Db } from "./database.ts";

/** Conversations deleted per round (a bounded `IN` list on both dialects). */
const BATCH = 500;

/** KVKK retention over the Prisma tables. */
export class PrismaRetentionStore implements RetentionStore {
  constructor(private readonly db: Db) {}

  async deleteChallengesExpiredBefore(before: Date, askedBefore: Date): Promise<number> {
    const where = { expiresAt: { lt: before }, createdAt: { lt: askedBefore } };
    return (await this.db.otpChallenge.deleteMany({ where })).count;
  }

  async deleteVerificationsExpiredBefore(before: Date): Promise<number> {
    return (await this.db.verification.deleteMany({ where: { expiresAt: { lt: before } } })).count;
  }

  async blankNotificationsSentBefore(before: Date): Promise<number> {
    const { count } = await this.db.notification.updateMany({
      where: {
        OR: [
          { status: "sent", sentAt: { lt: before } },
          // A notification that could never be delivered is kept no longer than a sent one.
          { status: "failed", createdAt: { lt: before } },
        ],
        NOT: { body: "" },
      },
      data: { body: "" },
    });
    return count;
  }

  /**
   * Deletes idle conversations in batches; a hand-off still active on a deleted conversation (an
   * agent who took it and never finished) is closed as `customer_left` with it, so neither a
   * Telegram chat that comes back under the same conversation id lands in that old hand-off nor
   * does an agent's reply look for a conversation that is gone (the agent is answered `handoff_closed`).
   */
  async deleteConversationsIdleSince(before: Date, now: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const idle = await this.db.conversation.findMany({
        where: { updatedAt: { lt: before } },
        select: { id: true },
        take: BATCH,
      });
      if (idle.length === 0) return deleted;
      const ids = idle.map((row) => row.id);
      // the condition again: a conversation that moved on since it was read is kept
      deleted += (
        await this.db.conversation.deleteMany({ where: { id: { in: ids }, updatedAt: { lt: before } } })
      ).count;
      const kept = await this.db.conversation.findMany({ where: { id: { in: ids } }, select: { id: true } });
      const gone = ids.filter((id) => !kept.some((row) => row.id === id));
      if (gone.length > 0) {
        await this.db.handoff.updateMany({
          where: { activeConversationId: { in: gone } },
          data: { status: "closed", closedAt: now, closeReason: "customer_left", activeConversationId: null },
        });
      }
      if (idle.length < BATCH) return deleted;
    }
  }

  async deleteRecoveryStepsClosedBefore(before: Date): Promise<number> {
    return (await this.db.recoveryStep.deleteMany({ where: { closedAt: { lt: before } } })).count;
  }
}
