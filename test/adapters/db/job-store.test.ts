import { describe, expect, it } from "vitest";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { JobNotReady } from "../../../core/jobs/job-not-ready.ts";
import { JobRunner } from "../../../core/jobs/job-runner.ts";
import { testDialects } from "../../helpers/databases.ts";
import { twoInstancesOnOneDatabase } from "../../helpers/job-databases.ts";

const t0 = new Date("2026-03-02T09:00:00Z");

describe.each(testDialects)("job store and runner on $name", (dialect) => {
  const instances = twoInstancesOnOneDatabase(dialect);

  it("two runners racing over the same due jobs run each job exactly once", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    const ids = Array.from({ length: 30 }, (_, i) => `job-${i}`);
    for (const id of ids) await queue.schedule({ kind: "count", payload: { id }, runAt: t0 });
    const runs: string[] = [];
    const runners = [instances.first.db, instances.second.db].map((db, i) =>
      new JobRunner({ store: new PrismaJobStore(db), owner: `runner-${i}`, batchSize: 4 }).register(
        "count",
        async (payload) => {
          runs.push(String(payload.id));
          await new Promise((resolve) => setTimeout(resolve, 2));
        },
      ),
    );
    const [a, b] = await Promise.all(runners.map((runner) => runner.runDueJobs(t0)));
    expect(a!.ran + b!.ran).toBe(30);
    expect(runs.sort()).toEqual([...ids].sort());
    const rows = await instances.first.db.job.findMany({});
    expect(rows.every((row) => row.status === "done" && row.attempts === 1)).toBe(true);
  });

  it("does not run a job before its runAt", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "count", payload: {}, runAt: new Date(t0.getTime() + 60_000) });
    let runs = 0;
    const runner = new JobRunner({ store: queue, owner: "r" }).register("count", async () => {
      runs += 1;
    });
    expect(await runner.runDueJobs(t0)).toEqual({ ran: 0, failed: 0, deferred: 0 });
    expect(await runner.runDueJobs(new Date(t0.getTime() + 60_000))).toEqual({
      ran: 1,
      failed: 0,
      deferred: 0,
    });
    expect(runs).toBe(1);
  });

  it("a uniqueKey schedules once", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    expect(await queue.schedule({ kind: "k", payload: { n: 1 }, runAt: t0, uniqueKey: "once" })).toBe(true);
    expect(await queue.schedule({ kind: "k", payload: { n: 2 }, runAt: t0, uniqueKey: "once" })).toBe(false);
    const rows = await instances.first.db.job.findMany({});
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.payload)).toEqual({ n: 1 });
  });

  it("retries a failing job with backoff, records the error, and fails it after maxAttempts", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "flaky", payload: {}, runAt: t0 });
    const attempts: number[] = [];
    const runner = new JobRunner({
      store: queue,
      owner: "r",
      maxAttempts: 3,
      backoffMs: (attempt) => attempt * 1000,
    }).register("flaky", async (_payload, context) => {
      attempts.push(context.attempt);
      throw new Error(`boom ${context.attempt}`);
    });
    expect(await runner.runDueJobs(t0)).toEqual({ ran: 0, failed: 1, deferred: 0 });
    let row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("queued");
    expect(row.lastError).toBe("boom 1");
    expect(row.runAt.getTime()).toBe(t0.getTime() + 1000);
    // Not yet due again.
    expect(await runner.runDueJobs(new Date(t0.getTime() + 999))).toEqual({ ran: 0, failed: 0, deferred: 0 });
    await runner.runDueJobs(new Date(t0.getTime() + 1000));
    row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.runAt.getTime()).toBe(t0.getTime() + 1000 + 2000);
    await runner.runDueJobs(new Date(t0.getTime() + 3000));
    row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("failed");
    expect(row.lastError).toBe("boom 3");
    expect(await runner.runDueJobs(new Date(t0.getTime() + 999_999))).toEqual({
      ran: 0,
      failed: 0,
      deferred: 0,
    });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("a job deferred by its handler (JobNotReady) is queued again without spending an attempt, and runs later", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "held", payload: {}, runAt: t0 });
    let busy = true;
    let runs = 0;
    const runner = new JobRunner({ store: queue, owner: "r", maxAttempts: 2 }).register("held", async () => {
      runs += 1;
      if (busy) throw new JobNotReady("another run holds it", 10_000);
    });
    // deferred three times, more than maxAttempts: a deferral is not a failed attempt
    for (const later of [0, 10_000, 20_000])
      expect(await runner.runDueJobs(new Date(t0.getTime() + later))).toEqual({
        ran: 0,
        failed: 0,
        deferred: 1,
      });
    let row = await instances.first.db.job.findFirstOrThrow({});
    expect(row).toMatchObject({ status: "queued", attempts: 0, lockedBy: null, lastError: null });
    expect(row.runAt.getTime()).toBe(t0.getTime() + 30_000);
    // not due before its new runAt
    expect(await runner.runDueJobs(new Date(t0.getTime() + 29_000))).toEqual({
      ran: 0,
      failed: 0,
      deferred: 0,
    });
    busy = false;
    expect(await runner.runDueJobs(new Date(t0.getTime() + 30_000))).toEqual({
      ran: 1,
      failed: 0,
      deferred: 0,
    });
    row = await instances.first.db.job.findFirstOrThrow({});
    expect(row).toMatchObject({ status: "done", attempts: 1 });
    expect(runs).toBe(4);
  });

  it("a job of an unknown kind fails with a clear error", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "nobody_handles_this", payload: {}, runAt: t0 });
    const runner = new JobRunner({ store: queue, owner: "r" });
    expect(await runner.runDueJobs(t0)).toEqual({ ran: 0, failed: 1, deferred: 0 });
    const row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("failed");
    expect(row.lastError).toContain('unknown job kind "nobody_handles_this"');
  });

  it("a job left running by a crashed runner is claimed again after its lock expires", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "work", payload: {}, runAt: t0 });
    // The crashed runner claimed it and never finished.
    const claimed = await queue.claimDue(t0, "crashed", new Date(t0.getTime() + 60_000), 10);
    expect(claimed).toHaveLength(1);
    let runs = 0;
    const runner = new JobRunner({ store: queue, owner: "survivor", lockMs: 60_000 }).register(
      "work",
      async () => {
        runs += 1;
      },
    );
    expect(await runner.runDueJobs(new Date(t0.getTime() + 30_000))).toEqual({
      ran: 0,
      failed: 0,
      deferred: 0,
    });
    expect(await runner.runDueJobs(new Date(t0.getTime() + 60_001))).toEqual({
      ran: 1,
      failed: 0,
      deferred: 0,
    });
    const row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("done");
    expect(row.attempts).toBe(2);
    expect(runs).toBe(1);
  });

  it("the crashed runner cannot mark the job once another runner took it over", async () => {
    const queue = new PrismaJobStore(instances.first.db);
    await queue.schedule({ kind: "work", payload: {}, runAt: t0 });
    const [job] = await queue.claimDue(t0, "crashed", new Date(t0.getTime() + 1000), 10);
    const [again] = await queue.claimDue(
      new Date(t0.getTime() + 2000),
      "other",
      new Date(t0.getTime() + 9000),
      10,
    );
    expect(again?.id).toBe(job!.id);
    expect(await queue.markDone(job!.id, "crashed", t0, job!.attempts)).toBe(false);
    expect((await instances.first.db.job.findFirstOrThrow({})).status).toBe("running");
  });
});
