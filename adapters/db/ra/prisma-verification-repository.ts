import type {
  OtpChallengeRecord,
  VerificationRecord,
  VerificationRepository,
} from "../../../core/ra/ports/verification-repository.ts";
import type { Db } from "../database.ts";

type ChallengeRow = NonNullable<Awaited<ReturnType<Db["otpChallenge"]["findUnique"]>>>;

/** One-time-code challenges and verifications over `OtpChallenge` and `Verification`. */
export class PrismaVerificationRepository implements VerificationRepository {
  constructor(private readonly db: Db) {}

  async createChallenge(r: OtpChallengeRecord): Promise<void> {
    await this.db.otpChallenge.create({
      data: {
        id: r.id,
        purpose: r.purpose,
        subjectKey: r.subjectKey,
        conversationId: r.conversationId,
        network: r.network ?? null,
        target: r.target ? JSON.stringify(r.target) : null,
        codeHash: r.codeHash,
        attempts: r.attempts,
        expiresAt: r.expiresAt,
        createdAt: r.createdAt,
      },
    });
  }

  async latestChallenge(
    conversationId: string,
    purpose: OtpChallengeRecord["purpose"],
  ): Promise<OtpChallengeRecord | undefined> {
    const row = await this.db.otpChallenge.findFirst({
      where: { conversationId, purpose, consumedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    return row ? fromRow(row) : undefined;
  }

  countChallengesSince(
    filter: { subjectKey?: string; conversationId?: string; network?: string },
    since: Date,
  ): Promise<number> {
    return this.db.otpChallenge.count({ where: { ...filter, createdAt: { gte: since } } });
  }

  async countAttempt(id: string, max: number): Promise<number | undefined> {
    // One UPDATE … RETURNING: the count read back is this attempt's own, even when guesses race
    // (an update followed by a read let three racing guesses all read 3).
    try {
      const row = await this.db.otpChallenge.update({
        where: { id, consumedAt: null, attempts: { lt: max } },
        data: { attempts: { increment: 1 } },
        select: { attempts: true },
      });
      return row.attempts;
    } catch (error) {
      if (isRecordNotFound(error)) return undefined;
      throw error;
    }
  }

  async consume(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.otpChallenge.updateMany({
      where: { id, consumedAt: null },
      data: { consumedAt: at },
    });
    return count === 1;
  }

  async saveVerification(r: VerificationRecord): Promise<void> {
    await this.db.verification.create({ data: { ...r, agentId: r.agentId ?? null } });
  }

  async activeVerification(conversationId: string, now: Date): Promise<VerificationRecord | undefined> {
    const row = await this.db.verification.findFirst({
      where: { conversationId, expiresAt: { gt: now } },
      // ids are time-ordered (adapters/db/row-id.ts): of two made at the same instant, the later one
      orderBy: [{ verifiedAt: "desc" }, { id: "desc" }],
    });
    return row
      ? { ...row, method: row.method as VerificationRecord["method"], agentId: row.agentId ?? undefined }
      : undefined;
  }
}

/** Prisma's P2025: the conditional update matched no row. */
function isRecordNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2025";
}

function fromRow(row: ChallengeRow): OtpChallengeRecord {
  return {
    id: row.id,
    purpose: row.purpose as OtpChallengeRecord["purpose"],
    subjectKey: row.subjectKey,
    conversationId: row.conversationId,
    target: row.target ? (JSON.parse(row.target) as OtpChallengeRecord["target"]) : undefined,
    codeHash: row.codeHash,
    attempts: row.attempts,
    expiresAt: row.expiresAt,
    consumedAt: row.consumedAt ?? undefined,
    createdAt: row.createdAt,
  };
}
