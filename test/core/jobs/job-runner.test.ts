import { describe, expect, it } from "vitest";
import { JobNotReady } from "../../../core/jobs/job-not-ready.ts";
import { defaultBackoffMs, JobRunner } from "../../../core/jobs/job-runner.ts";
import type { ClaimedJob, JobStore } from "../../../core/jobs/job-store.ts";

/** A store holding claimed jobs in memory; records what the runner reports back. */
class MemoryStore implements JobStore {
  queued: ClaimedJob[] = [];
  done: string[] = [];
  errors: { id: string; error: string; retryAt?: Date }[] = [];
  deferred: { id: string; runAt: Date; attempt: number }[] = [];
  async claimDue(_now: Date, _owner: string, _until: Date, limit: number): Promise<ClaimedJob[]> {
    return this.queued.splice(0, limit);
  }
  async markDone(id: string): Promise<boolean> {
    this.done.push(id);
    return true;
  }
  async markError(id: string, _owner: string, error: string, retryAt: Date | undefined): Promise<boolean> {
    this.errors.push({ id, error, retryAt });
    return true;
  }
  async defer(id: string, _owner: string, runAt: Date, attempt: number): Promise<boolean> {
    this.deferred.push({ id, runAt, attempt });
    return true;
  }
  async renew(): Promise<boolean> {
    return true;
  }
}

const now = new Date("2026-01-05T10:00:00Z");

describe("job runner", () => {
  it("backs off 30 s, doubling, capped at one hour", () => {
    expect([1, 2, 3, 4].map(defaultBackoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(defaultBackoffMs(20)).toBe(3_600_000);
  });

  it("refuses a second handler for the same kind", () => {
    const runner = new JobRunner({ store: new MemoryStore(), owner: "r" }).register("a", async () => {});
    expect(() => runner.register("a", async () => {})).toThrow("already registered");
    expect(runner.kinds()).toEqual(["a"]);
  });

  it("passes the payload and the attempt to the handler and claims batch after batch", async () => {
    const store = new MemoryStore();
    store.queued = Array.from({ length: 5 }, (_, i) => ({
      id: `j${i}`,
      kind: "k",
      payload: { i },
      attempts: 1,
    }));
    const seen: unknown[] = [];
    const runner = new JobRunner({ store, owner: "r", batchSize: 2 }).register(
      "k",
      async (payload, context) => {
        seen.push([payload.i, context.attempt, context.now.toISOString()]);
      },
    );
    expect(await runner.runDueJobs(now)).toEqual({ ran: 5, failed: 0, deferred: 0 });
    expect(seen).toHaveLength(5);
    expect(seen[0]).toEqual([0, 1, now.toISOString()]);
    expect(store.done).toEqual(["j0", "j1", "j2", "j3", "j4"]);
  });

  it("does not run a job once more after its runners crashed on every allowed attempt", async () => {
    const store = new MemoryStore();
    store.queued = [{ id: "crashy", kind: "k", payload: {}, attempts: 4 }];
    let runs = 0;
    const runner = new JobRunner({ store, owner: "r", maxAttempts: 3 }).register("k", async () => {
      runs += 1;
    });
    expect(await runner.runDueJobs(now)).toEqual({ ran: 0, failed: 1, deferred: 0 });
    expect(runs).toBe(0);
    expect(store.errors).toEqual([
      { id: "crashy", error: "gave up after 3 attempts whose runner stopped", retryAt: undefined },
    ]);
  });

  it("schedules the retry with the backoff of the attempt and gives up at maxAttempts", async () => {
    const store = new MemoryStore();
    store.queued = [
      { id: "first", kind: "k", payload: {}, attempts: 1 },
      { id: "last", kind: "k", payload: {}, attempts: 2 },
    ];
    const runner = new JobRunner({ store, owner: "r", maxAttempts: 2, backoffMs: () => 5000 }).register(
      "k",
      async () => {
        throw new Error("smtp down");
      },
    );
    expect(await runner.runDueJobs(now)).toEqual({ ran: 0, failed: 2, deferred: 0 });
    expect(store.errors).toEqual([
      { id: "first", error: "smtp down", retryAt: new Date(now.getTime() + 5000) },
      { id: "last", error: "smtp down", retryAt: undefined },
    ]);
  });

  it("a handler's JobNotReady defers the job (no error recorded, no attempt counted) and logs it as info", async () => {
    const store = new MemoryStore();
    store.queued = [{ id: "held", kind: "k", payload: {}, attempts: 5 }];
    const logged: { level: string; message: string }[] = [];
    const logger = {
      info: (_: unknown, message: string) => logged.push({ level: "info", message }),
      warn: (_: unknown, message: string) => logged.push({ level: "warn", message }),
      error: (_: unknown, message: string) => logged.push({ level: "error", message }),
    };
    const runner = new JobRunner({ store, owner: "r", maxAttempts: 5, logger }).register("k", async () => {
      throw new JobNotReady("another run holds the order", 7_000);
    });
    expect(await runner.runDueJobs(now)).toEqual({ ran: 0, failed: 0, deferred: 1 });
    expect(store.errors).toEqual([]);
    expect(store.deferred).toEqual([{ id: "held", runAt: new Date(now.getTime() + 7_000), attempt: 5 }]);
    expect(logged).toEqual([{ level: "info", message: "job deferred: not ready yet" }]);
  });
});
