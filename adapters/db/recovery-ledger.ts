import type { RecoveryLedger, RecoveryStep } from "../../core/ports/recovery-ledger.ts";
import type { Db } from "./database.ts";
import { isUniqueViolation } from "./ra/unique-violation.ts";

type StepRow = {
  key: string;
  kind: string;
  payload: string;
  openedAt: Date;
  leaseUntil: Date;
};

function stepOf(row: StepRow): RecoveryStep {
  return {
    key: row.key,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, string>,
    openedAt: row.openedAt,
    leaseUntil: row.leaseUntil,
  };
}

/**
 * The recovery ledger over Prisma (table `RecoveryStep`, SQLite or PostgreSQL). Holding a step is
 * one insert or one conditional update, so of several instances exactly one holds it at a time.
 */
export class PrismaRecoveryLedger implements RecoveryLedger {
  constructor(private readonly db: Db) {}

  async acquire(step: RecoveryStep, now: Date): Promise<boolean> {
    try {
      await this.db.recoveryStep.create({
        data: {
          key: step.key,
          kind: step.kind,
          payload: JSON.stringify(step.payload),
          openedAt: step.openedAt,
          leaseUntil: step.leaseUntil,
        },
      });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const reopened = await this.db.recoveryStep.updateMany({
      where: { key: step.key, closedAt: { not: null } },
      data: {
        kind: step.kind,
        payload: JSON.stringify(step.payload),
        openedAt: step.openedAt,
        leaseUntil: step.leaseUntil,
        closedAt: null,
      },
    });
    if (reopened.count === 1) return true;
    const takenOver = await this.db.recoveryStep.updateMany({
      where: { key: step.key, closedAt: null, leaseUntil: { lt: now } },
      data: { leaseUntil: step.leaseUntil },
    });
    return takenOver.count === 1;
  }

  async release(key: string): Promise<void> {
    await this.db.recoveryStep.updateMany({
      where: { key, closedAt: null },
      data: { leaseUntil: new Date(0) },
    });
  }

  async close(key: string, at: Date): Promise<void> {
    // the payload (contacts of a contact update) is not kept once the change is complete
    await this.db.recoveryStep.updateMany({
      where: { key, closedAt: null },
      data: { closedAt: at, payload: "{}" },
    });
  }

  async overdue(now: Date, limit: number): Promise<RecoveryStep[]> {
    const rows = await this.db.recoveryStep.findMany({
      where: { closedAt: null, leaseUntil: { lt: now } },
      orderBy: { openedAt: "asc" },
      take: limit,
    });
    return rows.map(stepOf);
  }

  async audited(action: string, subject: string, since?: Date): Promise<boolean> {
    return auditEntryExists(this.db, action, subject, since);
  }

  async auditDetails(action: string, subject: string): Promise<Record<string, unknown>[]> {
    const rows = await this.db.auditEntry.findMany({
      where: { action, subject },
      orderBy: { seq: "asc" },
      select: { details: true },
    });
    return rows.map((row) => detailsOf(row.details));
  }
}

/** An entry's stored details (a JSON object); anything else reads as none. */
function detailsOf(stored: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Whether the audit chain holds an entry of this action and subject (at or after `since`). */
export async function auditEntryExists(
  db: Db,
  action: string,
  subject: string,
  since?: Date,
): Promise<boolean> {
  const entry = await db.auditEntry.findFirst({
    where: { action, subject, ...(since ? { at: { gte: since } } : {}) },
    select: { seq: true },
  });
  return entry !== null;
}
