import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrivatePostgres, startPrivatePostgres } from "../helpers/private-postgres.ts";
import { createSoftHsm, type SoftHsm } from "../helpers/softhsm.ts";
import { type Instances, startInstances } from "./service-instances.ts";

/** A private cluster: stopping the machine's shared PostgreSQL would break everyone else's tests. */
let postgres: PrivatePostgres;
let hsm: SoftHsm;
let running: Instances | undefined;

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  hsm = createSoftHsm();
  hsm.initToken("scale-fault");
  running = await startInstances(2, {
    databaseUrl: `${postgres.url}?schema=fault`,
    hsm,
    token: "scale-fault",
    // the load below creates many sessions from one address
    env: { MM_CHAT_SESSIONS_PER_MINUTE: "100000" },
  });
}, 240_000);
afterAll(async () => {
  await running?.stop();
  postgres?.dispose();
  hsm?.dispose();
}, 60_000);

interface Outcome {
  status: number;
  code?: string;
  ms: number;
}

/** One web chat session creation (a database write) on an instance, timed. */
async function createSession(baseUrl: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { error?: { code?: string } };
    return { status: response.status, code: body.error?.code, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: (error as Error).name, ms: performance.now() - started };
  }
}

interface Health {
  status: number;
  body: { status: string; checks: Record<string, { ok: boolean; code?: string }> };
}

async function health(baseUrl: string): Promise<Health> {
  const response = await fetch(`${baseUrl}/healthz`);
  return { status: response.status, body: (await response.json()) as Health["body"] };
}

describe("PostgreSQL restarted under load", () => {
  it("requests fail fast with 503 storage_unavailable meanwhile, and the service recovers without a restart", async () => {
    const urls = running!.instances.map((i) => i.baseUrl);
    const pids = running!.instances.map((i) => i.process.child.pid);
    const outcomes: { phase: string; outcome: Outcome }[] = [];
    let phase = "before";
    let loading = true;
    // steady load on both instances for the whole test
    const load = Promise.all(
      urls.map(async (url) => {
        while (loading) {
          // a request still in flight when the phase changes belongs to the later phase: one sent
          // just before the stop may rightly fail (it was labelled "before" and failed the test once)
          const outcome = await createSession(url);
          outcomes.push({ phase, outcome });
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    phase = "stopping";
    await postgres.stop();
    phase = "down";
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const downHealth = await health(urls[0]!);
    phase = "restarting";
    await postgres.start();
    phase = "after";
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    loading = false;
    await load;
    console.log(
      JSON.stringify(downHealth),
      JSON.stringify(outcomes.filter((o) => o.phase !== "before").slice(0, 40)),
    );

    const before = outcomes.filter((o) => o.phase === "before");
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((o) => o.outcome.status === 201)).toBe(true);
    // while it stops, is down and restarts: an answer is a session or a quick, coded 503
    for (const { outcome } of outcomes.filter((o) => ["stopping", "restarting"].includes(o.phase)))
      if (outcome.status !== 201) expect(outcome).toMatchObject({ status: 503, code: "storage_unavailable" });
    const down = outcomes.filter((o) => o.phase === "down");
    expect(down.length).toBeGreaterThan(0);
    for (const { outcome } of down.filter((o) => o.outcome.status !== 201)) {
      expect(outcome).toMatchObject({ status: 503, code: "storage_unavailable" });
      expect(outcome.ms).toBeLessThan(3_000);
    }
    expect(downHealth.status).toBe(503);
    // the storage check names the same code the HTTP layer answers with, not Prisma's own
    expect(downHealth.body.checks.storage).toMatchObject({ ok: false, code: "storage_unavailable" });
    expect(down.filter((o) => o.outcome.status === 503).length).toBeGreaterThan(0);
    // recovered: the last requests succeed, the processes are the same ones
    const after = outcomes.filter((o) => o.phase === "after");
    expect(after.slice(-5).every((o) => o.outcome.status === 201)).toBe(true);
    expect(running!.instances.map((i) => i.process.child.exitCode)).toEqual([null, null]);
    expect(running!.instances.map((i) => i.process.child.pid)).toEqual(pids);
    expect((await health(urls[1]!)).status).toBe(200);
  }, 120_000);
});
