import { handoffRetentionClosedJob } from "../../bot/handoff/handoff-jobs.ts";
import type { RetentionStore } from "../../core/ra/retention.ts";
import type { Db } from "./database.ts";
import { newRowId } from "./row-id.ts";

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

  async blankApplicationSourcesBefore(before: Date): Promise<number> {
    const { count } = await this.db.application.updateMany({
      where: {
        createdAt: { lt: before },
        OR: [{ sourceConversation: { not: null } }, { sourceNetwork: { not: null } }],
      },
      data: { sourceConversation: null, sourceNetwork: null },
    });
    return count;
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
   * Deletes idle conversations in batches, and with each batch what is bound to a deleted
   * conversation (in one transaction, so a crash leaves none of it behind):
   * - its verifications, however valid still: a conversation recreated under the same id (a
   *   Telegram chat's `tg-<chatId>`) must not inherit the verified identity;
   * - its open OTP challenges are spent (`consumedAt`): kept, as the code budget counts them, but no
   *   longer answerable in a recreated conversation;
   * - its Telegram chat record (chat id, language, keyboard generation): a returning chat starts
   *   afresh (adapters/telegram/telegram-chats.ts), as it would on first contact;
   * - a hand-off still active on it (an agent who took it and never finished) is closed as
   *   `customer_left`, so neither a Telegram chat that comes back under the same conversation id
   *   lands in that old hand-off nor does an agent's reply look for a conversation that is gone (the
   *   agent is answered `handoff_closed`); a `handoff_retention_closed` job per hand-off then tells
   *   the agents' desk (bot/handoff/handoff-jobs.ts).
   * Then Telegram chat records left without a conversation by an earlier sweep and idle since
   * `before` are deleted too.
   */
  async deleteConversationsIdleSince(before: Date, now: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const idle = await this.db.conversation.findMany({
        where: { updatedAt: { lt: before } },
        select: { id: true },
        take: BATCH,
      });
      if (idle.length === 0) break;
      const ids = idle.map((row) => row.id);
      deleted += await this.db.$transaction(async (tx) => {
        // the condition again: a conversation that moved on since it was read is kept
        const gone = await tx.conversation.findMany({
          where: { id: { in: ids }, updatedAt: { lt: before } },
          select: { id: true, channel: true, externalId: true },
        });
        if (gone.length === 0) return 0;
        const goneIds = gone.map((row) => row.id);
        await tx.conversation.deleteMany({ where: { id: { in: goneIds } } });
        await tx.verification.deleteMany({ where: { conversationId: { in: goneIds } } });
        await tx.otpChallenge.updateMany({
          where: { conversationId: { in: goneIds }, consumedAt: null },
          data: { consumedAt: now },
        });
        const chats = gone.flatMap((row) =>
          row.channel === "telegram" && row.externalId ? [row.externalId] : [],
        );
        if (chats.length > 0) await tx.telegramChat.deleteMany({ where: { chatId: { in: chats } } });
        const active = await tx.handoff.findMany({
          where: { activeConversationId: { in: goneIds } },
          select: { ticket: true },
        });
        for (const { ticket } of active) {
          const { count } = await tx.handoff.updateMany({
            where: { ticket, activeConversationId: { in: goneIds } },
            data: {
              status: "closed",
              closedAt: now,
              closeReason: "customer_left",
              activeConversationId: null,
            },
          });
          if (count === 1) await scheduleDeskNotice(tx, ticket, now);
        }
        return gone.length;
      });
      if (idle.length < BATCH) break;
    }
    await this.#deleteOrphanTelegramChats(before);
    return deleted;
  }

  /** Telegram chat records idle since `before` whose conversation is gone (an earlier sweep's). */
  async #deleteOrphanTelegramChats(before: Date): Promise<void> {
    let after: string | undefined;
    for (;;) {
      const chats = await this.db.telegramChat.findMany({
        where: { updatedAt: { lt: before }, ...(after === undefined ? {} : { chatId: { gt: after } }) },
        select: { chatId: true },
        orderBy: { chatId: "asc" },
        take: BATCH,
      });
      if (chats.length === 0) return;
      const chatIds = chats.map((row) => row.chatId);
      const kept = await this.db.conversation.findMany({
        where: { channel: "telegram", externalId: { in: chatIds } },
        select: { externalId: true },
      });
      const orphans = chatIds.filter((id) => !kept.some((row) => row.externalId === id));
      if (orphans.length > 0) {
        // the condition again: a chat that came back meanwhile has a newer record
        await this.db.telegramChat.deleteMany({
          where: { chatId: { in: orphans }, updatedAt: { lt: before } },
        });
      }
      if (chats.length < BATCH) return;
      after = chatIds.at(-1);
    }
  }

  async deleteRecoveryStepsClosedBefore(before: Date): Promise<number> {
    return (await this.db.recoveryStep.deleteMany({ where: { closedAt: { lt: before } } })).count;
  }
}

/** What a transaction of the sweep writes to. */
type SweepWriter = Pick<Db, "job">;

/** Schedules the job that tells the agents' desk the sweep closed `ticket` (once per hand-off). */
async function scheduleDeskNotice(tx: SweepWriter, ticket: string, now: Date): Promise<void> {
  await tx.job.create({
    data: {
      id: newRowId(),
      kind: handoffRetentionClosedJob,
      payload: JSON.stringify({ ticket }),
      uniqueKey: `${handoffRetentionClosedJob}:${ticket}`,
      runAt: now,
      status: "queued",
    },
  });
}
