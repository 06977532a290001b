/** The audit tally: frequent events become one counted entry per kind and subject at each flush. */
import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { AUDIT_TALLY_SUBJECTS, AuditTally } from "../../../core/audit/audit-tally.ts";

function tallyOn(fail = false) {
  const written: AuditEvent[] = [];
  const errors: unknown[] = [];
  let now = new Date("2026-11-30T10:00:00Z");
  const clock = { now: () => now };
  const audit = {
    append: async (event: AuditEvent) => {
      if (fail) throw new Error("storage down");
      written.push(event);
    },
  };
  const tally = new AuditTally(audit, clock, "tester", (e) => errors.push(e));
  return { tally, written, errors, tick: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe("AuditTally", () => {
  it("writes one entry per kind and subject with the count and the first and last time", async () => {
    const { tally, written, tick } = tallyOn();
    tally.count("ocsp_responses_signed", "ocsp-signer:01");
    tick(1_000);
    tally.count("ocsp_responses_signed", "ocsp-signer:01");
    tally.count("access_refused", "401 POST /api/chat");
    tick(2_000);
    tally.count("ocsp_responses_signed", "ocsp-signer:01");
    await tally.flush();
    expect(written).toEqual([
      {
        actor: "tester",
        action: "ocsp_responses_signed",
        subject: "ocsp-signer:01",
        details: { count: 3, first: "2026-11-30T10:00:00.000Z", last: "2026-11-30T10:00:03.000Z" },
      },
      {
        actor: "tester",
        action: "access_refused",
        subject: "401 POST /api/chat",
        details: { count: 1, first: "2026-11-30T10:00:01.000Z", last: "2026-11-30T10:00:01.000Z" },
      },
    ]);
  });

  it("counts afresh after a flush, and a flush with nothing counted writes nothing", async () => {
    const { tally, written } = tallyOn();
    tally.count("a", "s");
    await tally.flush();
    await tally.flush();
    tally.count("a", "s");
    await tally.flush();
    expect(written.map((e) => e.details?.count)).toEqual([1, 1]);
  });

  it("keeps a bounded number of subjects: the rest are counted under 'other'", async () => {
    const { tally, written } = tallyOn();
    for (let i = 0; i < AUDIT_TALLY_SUBJECTS + 50; i++) tally.count("access_refused", `route ${i}`);
    await tally.flush();
    expect(written).toHaveLength(AUDIT_TALLY_SUBJECTS + 1);
    expect(written.find((e) => e.subject === "other")?.details?.count).toBe(50);
  });

  it("a failed write goes to onError and never to the counter", async () => {
    const { tally, errors } = tallyOn(true);
    tally.count("a", "s");
    await expect(tally.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
