import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../../helpers/web-service.ts";

/**
 * `interfaces.md` §4: an unknown VKN answers like a known one, in time too. Over the composed
 * service on SQLite (the real outbox and audit log), a known and an unknown VKN do the same storage
 * writes, and their median answer times stay within a generous factor of each other.
 */
describe("identity verification of known and unknown VKNs on SQLite", () => {
  let s: Awaited<ReturnType<typeof startTestService>>;
  const runs = 30;
  const known = (i: number) => `10000001${String(i).padStart(2, "0")}`;
  const unknown = (i: number) => `20000002${String(i).padStart(2, "0")}`;

  beforeAll(async () => {
    s = await startTestService();
    for (let i = 0; i <= runs; i++)
      await s.service.ra.registerSubscriber({
        idNumber: known(i),
        title: "ÖRNEK A.Ş.",
        email: `bilgi${i}@ornek.com.tr`,
        phone: `+9053212345${String(i).padStart(2, "0")}`,
      });
  });
  afterAll(async () => s?.close());

  /** Row counts of what one verification start writes. */
  async function counts() {
    const db = s.service.database.db;
    return {
      challenges: await db.otpChallenge.count(),
      notifications: await db.notification.count(),
      jobs: await db.job.count(),
      audit: await db.auditEntry.count(),
    };
  }

  it("a known and an unknown VKN write the same rows: one challenge, two notifications with their jobs, one audit entry", async () => {
    const ra = s.service.ra;
    const before = await counts();
    await ra.verification.start({ conversationId: "shape-known", subject: known(runs) });
    const afterKnown = await counts();
    await ra.verification.start({ conversationId: "shape-unknown", subject: unknown(runs) });
    const afterUnknown = await counts();
    const delta = (a: typeof before, b: typeof before) =>
      Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v - a[k as keyof typeof a]]));
    expect(delta(before, afterKnown)).toEqual({ challenges: 1, notifications: 2, jobs: 2, audit: 1 });
    expect(delta(afterKnown, afterUnknown)).toEqual(delta(before, afterKnown));
    // the unknown VKN's notifications are withheld: blank, never sent
    const withheld = await s.service.database.db.notification.findMany({ where: { status: "withheld" } });
    expect(withheld).toHaveLength(2);
    expect(withheld.every((n) => n.body === "" && n.subject === null)).toBe(true);
  });

  it(`median answer times of ${runs} known and ${runs} unknown VKNs are within 1.5x`, async () => {
    const ra = s.service.ra;
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < runs; i++) {
      // interleaved, alternating which goes first, so drift in machine load hits both alike
      const order = i % 2 === 0 ? (["known", "unknown"] as const) : (["unknown", "known"] as const);
      for (const kind of order) {
        const subject = kind === "known" ? known(i) : unknown(i);
        const started = performance.now();
        await ra.verification.start({ conversationId: `t-${kind}-${i}`, subject });
        times[kind].push(performance.now() - started);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const k = median(times.known);
    const u = median(times.unknown);
    console.log(
      `verification start median: known ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms, ratio ${(k / u).toFixed(2)}`,
    );
    expect(k / u).toBeLessThan(1.5);
    expect(u / k).toBeLessThan(1.5);
  }, 120_000);
});
