import type { Db } from "../db/database.ts";

/**
 * Signatures of signed payment notices already accepted, remembered until their timestamp leaves
 * the acceptance window: a notice whose signature was seen is a replay.
 */
export interface NoticeReplays {
  /**
   * Records `signature` as seen until `expiresAt`; `false` when it was already recorded (a replay).
   * Atomic: of two concurrent calls with one signature exactly one gets `true`.
   */
  claim(signature: string, expiresAt: Date, now: Date): Promise<boolean>;
}

/** Replay memory of one process (tests, a single instance without storage). */
export class MemoryNoticeReplays implements NoticeReplays {
  readonly #seen = new Map<string, number>();

  async claim(signature: string, expiresAt: Date, now: Date): Promise<boolean> {
    for (const [key, until] of this.#seen) if (until <= now.getTime()) this.#seen.delete(key);
    if (this.#seen.has(signature)) return false;
    this.#seen.set(signature, expiresAt.getTime());
    return true;
  }
}

/**
 * Replay memory in storage (table `PaymentNoticeReplay`), shared by every instance: the signature is
 * the primary key, so the insert itself decides which of two racing notices is first. Expired rows are
 * deleted on the way.
 */
export class PrismaNoticeReplays implements NoticeReplays {
  constructor(private readonly db: Pick<Db, "paymentNoticeReplay">) {}

  async claim(signature: string, expiresAt: Date, now: Date): Promise<boolean> {
    await this.db.paymentNoticeReplay.deleteMany({ where: { expiresAt: { lte: now } } });
    try {
      await this.db.paymentNoticeReplay.create({ data: { signature, expiresAt } });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === "P2002") return false;
      throw error;
    }
  }
}
