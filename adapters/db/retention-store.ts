import type { RetentionStore } from "../../core/ra/retention.ts";
import type { Db } from "./database.ts";

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

  async deleteConversationsIdleSince(before: Date): Promise<number> {
    return (await this.db.conversation.deleteMany({ where: { updatedAt: { lt: before } } })).count;
  }

  async deleteRecoveryStepsClosedBefore(before: Date): Promise<number> {
    return (await this.db.recoveryStep.deleteMany({ where: { closedAt: { lt: before } } })).count;
  }
}
