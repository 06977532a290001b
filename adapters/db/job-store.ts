import type { JobQueue, ScheduledJob } from "../../core/jobs/job-queue.ts";
import type { ClaimedJob, JobStore } from "../../core/jobs/job-store.ts";
import type { Db } from "./database.ts";
import { isUniqueViolation } from "./ra/unique-violation.ts";
import { newRowId } from "./row-id.ts";

/**
 * The Job table as job queue and job store. A claim is a conditional update on the state the
 * runner read (status and attempt count), so when two runners race for a job on one PostgreSQL
 * (or SQLite) only one update matches and only that runner runs the job. Writes after the claim are
 * fenced by owner and claim number, so a run whose lease was taken over changes nothing.
 */
export class PrismaJobStore implements JobStore, JobQueue {
  constructor(private readonly db: Db) {}

  /** Inserts a queued job; false when its uniqueKey exists already. */
  async schedule(job: ScheduledJob): Promise<boolean> {
    if (job.uniqueKey) {
      const existing = await this.db.job.findUnique({
        where: { uniqueKey: job.uniqueKey },
        select: { id: true },
      });
      if (existing) return false;
    }
    try {
      await this.db.job.create({
        data: {
          id: newRowId(),
          kind: job.kind,
          payload: JSON.stringify(job.payload),
          uniqueKey: job.uniqueKey ?? null,
          runAt: job.runAt,
          status: "queued",
        },
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async claimDue(now: Date, owner: string, lockedUntil: Date, limit: number): Promise<ClaimedJob[]> {
    const due = {
      OR: [
        { status: "queued", runAt: { lte: now } },
        { status: "running", lockedUntil: { lt: now } },
      ],
    };
    const candidates = await this.db.job.findMany({
      where: due,
      orderBy: { runAt: "asc" },
      take: limit,
      select: { id: true, kind: true, payload: true, status: true, attempts: true },
    });
    const claimed: ClaimedJob[] = [];
    for (const candidate of candidates) {
      const { count } = await this.db.job.updateMany({
        where: { AND: [{ id: candidate.id, status: candidate.status, attempts: candidate.attempts }, due] },
        data: { status: "running", lockedBy: owner, lockedUntil, attempts: { increment: 1 } },
      });
      if (count !== 1) continue;
      claimed.push({
        id: candidate.id,
        kind: candidate.kind,
        payload: parsePayload(candidate.payload),
        attempts: candidate.attempts + 1,
      });
    }
    return claimed;
  }

  async markDone(id: string, owner: string, at: Date, attempt: number): Promise<boolean> {
    const { count } = await this.db.job.updateMany({
      where: { id, lockedBy: owner, status: "running", attempts: attempt },
      data: { status: "done", doneAt: at, lockedBy: null, lockedUntil: null },
    });
    return count === 1;
  }

  async markError(
    id: string,
    owner: string,
    error: string,
    retryAt: Date | undefined,
    attempt: number,
  ): Promise<boolean> {
    const { count } = await this.db.job.updateMany({
      where: { id, lockedBy: owner, status: "running", attempts: attempt },
      data: retryAt
        ? {
            status: "queued",
            runAt: retryAt,
            lastError: error.slice(0, 2000),
            lockedBy: null,
            lockedUntil: null,
          }
        : { status: "failed", lastError: error.slice(0, 2000), lockedBy: null, lockedUntil: null },
    });
    return count === 1;
  }

  async defer(id: string, owner: string, runAt: Date, attempt: number): Promise<boolean> {
    // The claim number goes back to what it was before this claim. A stale run of that number cannot
    // match it again: its writes also need status "running" and its own owner, and a later claim
    // raises the number again. The future runAt keeps a runner's earlier reading from matching.
    const { count } = await this.db.job.updateMany({
      where: { id, lockedBy: owner, status: "running", attempts: attempt },
      data: { status: "queued", runAt, lockedBy: null, lockedUntil: null, attempts: { decrement: 1 } },
    });
    return count === 1;
  }

  async renew(id: string, owner: string, attempt: number, lockedUntil: Date): Promise<boolean> {
    const held = { id, lockedBy: owner, status: "running", attempts: attempt };
    const { count } = await this.db.job.updateMany({
      where: { ...held, lockedUntil: { lt: lockedUntil } },
      data: { lockedUntil },
    });
    if (count === 1) return true;
    // Nothing to extend (the lease already reaches further) is still a held lease.
    return (await this.db.job.count({ where: held })) === 1;
  }
}

function parsePayload(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
