import { describe, expect, it } from "vitest";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { JobRunner } from "../../../core/jobs/job-runner.ts";
import type { JobStore } from "../../../core/jobs/job-store.ts";
import { testDialects } from "../../helpers/databases.ts";
import { twoInstancesOnOneDatabase } from "../../helpers/job-databases.ts";

const t0 = new Date("2026-03-02T09:00:00Z");

/** Resolves once `check` holds, or after `ms` (the caller's assertions then tell what went wrong). */
async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise that stays pending until `open` is called. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe.each(testDialects)("a job run longer than its lock on $name", (dialect) => {
  // Runner B is another instance: its own connection pool on the same storage.
  const instances = twoInstancesOnOneDatabase(dialect);

  it("is not run again by another runner while the first still works (the lease is renewed)", async () => {
    let virtualNow = t0;
    const clock = () => virtualNow;
    await new PrismaJobStore(instances.first.db).schedule({ kind: "slow", payload: {}, runAt: t0 });
    const runs: string[] = [];
    const { opened: released, open: release } = gate();
    const { opened: isStarted, open: started } = gate();
    const a = new JobRunner({
      store: new PrismaJobStore(instances.first.db),
      owner: "runner-a",
      lockMs: 1_000,
      clock,
      renewEveryMs: 20,
    }).register("slow", async () => {
      runs.push("a");
      started();
      await released;
    });
    const b = new JobRunner({
      store: new PrismaJobStore(instances.second.db),
      owner: "runner-b",
      lockMs: 1_000,
      clock,
    }).register("slow", async () => {
      runs.push("b");
    });

    const runA = a.runDueJobs(t0);
    await isStarted;
    // A's run lasts far beyond its first lease (1 s of the clock the runners share).
    virtualNow = new Date(t0.getTime() + 60_000);
    await waitUntil(async () => {
      const row = await instances.first.db.job.findFirstOrThrow({});
      return (row.lockedUntil?.getTime() ?? 0) > virtualNow.getTime();
    }, 10_000);
    const fromB = await b.runDueJobs(virtualNow);
    release();
    const fromA = await runA;

    expect(runs).toEqual(["a"]);
    expect(fromB).toEqual({ ran: 0, failed: 0, deferred: 0 });
    expect(fromA).toEqual({ ran: 1, failed: 0, deferred: 0 });
    const row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("done");
    expect(row.attempts).toBe(1);
    expect(row.lockedBy).toBeNull();
  });

  it("a late completion after another runner took the expired lease is refused; only the new run's outcome stays", async () => {
    const store = new PrismaJobStore(instances.first.db);
    await store.schedule({ kind: "work", payload: {}, runAt: t0 });
    // The same owner claims twice (a timer run and an explicit run of one instance): only the
    // claim count tells the stale run from the current one.
    const [stale] = await store.claimDue(t0, "runner-a", new Date(t0.getTime() + 1_000), 10);
    const [current] = await store.claimDue(
      new Date(t0.getTime() + 2_000),
      "runner-a",
      new Date(t0.getTime() + 9_000),
      10,
    );
    expect(current?.id).toBe(stale!.id);
    expect(current!.attempts).toBe(2);

    expect(await store.markError(stale!.id, "runner-a", "late failure", undefined, stale!.attempts)).toBe(
      false,
    );
    expect(await store.markDone(stale!.id, "runner-a", t0, stale!.attempts)).toBe(false);
    expect(await store.renew(stale!.id, "runner-a", stale!.attempts, new Date(t0.getTime() + 99_000))).toBe(
      false,
    );
    let row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("running");
    expect(row.lastError).toBeNull();
    expect(row.lockedUntil?.getTime()).toBe(t0.getTime() + 9_000);

    expect(
      await store.markDone(current!.id, "runner-a", new Date(t0.getTime() + 3_000), current!.attempts),
    ).toBe(true);
    row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("done");
    expect(row.doneAt?.getTime()).toBe(t0.getTime() + 3_000);
  });

  it("a runner whose lease was taken over is told (signal aborted) and does not mark the job", async () => {
    let virtualNow = t0;
    const clock = () => virtualNow;
    await new PrismaJobStore(instances.first.db).schedule({ kind: "slow", payload: {}, runAt: t0 });
    const { opened: released, open: release } = gate();
    const { opened: isStarted, open: started } = gate();
    let abortedInA = false;
    // A stalls (a long GC, a paused VM): its renewals reach storage only after B took the job over.
    const { opened: afterB, open: bClaimed } = gate();
    const realStore = new PrismaJobStore(instances.first.db);
    const stalled: JobStore = {
      claimDue: (...args) => realStore.claimDue(...args),
      markDone: (...args) => realStore.markDone(...args),
      markError: (...args) => realStore.markError(...args),
      defer: (...args) => realStore.defer(...args),
      renew: async (...args) => {
        await afterB;
        return realStore.renew(...args);
      },
    };
    const a = new JobRunner({
      store: stalled,
      owner: "runner-a",
      lockMs: 1_000,
      clock,
      renewEveryMs: 20,
    }).register("slow", async (_payload, context) => {
      signal = context.signal;
      started();
      await released;
      abortedInA = context.signal?.aborted ?? false;
    });
    let signal: AbortSignal | undefined;
    const abortSeen = async () => signal?.aborted === true;
    const b = new JobRunner({
      store: new PrismaJobStore(instances.second.db),
      owner: "runner-b",
      lockMs: 600_000,
      clock,
    });
    let bRuns = 0;
    b.register("slow", async () => {
      bRuns += 1;
    });
    const runA = a.runDueJobs(t0);
    await isStarted;
    virtualNow = new Date(t0.getTime() + 60_000);
    const fromB = await b.runDueJobs(virtualNow);
    bClaimed();
    await waitUntil(async () => abortSeen(), 5_000);
    release();
    const fromA = await runA;
    expect(fromB).toEqual({ ran: 1, failed: 0, deferred: 0 });
    expect(bRuns).toBe(1);
    expect(abortedInA).toBe(true);
    expect(fromA).toEqual({ ran: 0, failed: 1, deferred: 0 });
    const row = await instances.first.db.job.findFirstOrThrow({});
    expect(row.status).toBe("done");
    expect(row.attempts).toBe(2);
    expect(row.doneAt?.getTime()).toBe(virtualNow.getTime());
  });
});
