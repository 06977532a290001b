import type { Db } from "./database.ts";
import { isUniqueViolation } from "./ra/unique-violation.ts";

/** How often expired rows are deleted, at most (per process). */
const PRUNE_EVERY_MS = 60_000;

/**
 * Slack requests already handled, in storage (table `SlackRetry`) and so shared by every instance:
 * the request key (`event:<event_id>`, `trigger:<trigger_id>`) is the primary key, so the insert
 * itself decides which of two deliveries of one request, on whichever instances, is first. Rows
 * are kept until `expiresAt`; expired ones are deleted at most once a minute on the way.
 */
export class PrismaSlackRetries {
  #prunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly db: Pick<Db, "slackRetry">) {}

  /**
   * Records `key` as handled until `expiresAt`; false when it was recorded before and has not
   * expired (a second delivery). Of two concurrent calls with one key exactly one gets true.
   */
  async claim(key: string, expiresAt: Date, now: Date): Promise<boolean> {
    if (now.getTime() - this.#prunedAt >= PRUNE_EVERY_MS) {
      this.#prunedAt = now.getTime();
      await this.db.slackRetry.deleteMany({ where: { expiresAt: { lte: now } } });
    }
    try {
      await this.db.slackRetry.create({ data: { requestKey: key, expiresAt } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Seen before: still a retry unless that record has expired (then it counts as new, once).
    const { count } = await this.db.slackRetry.updateMany({
      where: { requestKey: key, expiresAt: { lte: now } },
      data: { expiresAt },
    });
    return count === 1;
  }
}
