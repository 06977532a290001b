/**
 * Hostile tester (kill -9 during an application's submission): the application row is written
 * first and the `application_submitted` audit entry after it, in two steps. A process killed between
 * them left the application without its audit entry for good: the customer's retried "evet" found
 * the stored application (not created), and only a created one was audited. The retry now appends
 * the entry when the audit chain has none for the order since the application was stored (the
 * recovery ledger's `audited`, as a contact update completed after a crash does), and never twice.
 */
import { describe, expect, it } from "vitest";
import { raWithDyingAudit as raWithAudit } from "../../helpers/dying-audit.ts";
import { cardApplication, hsmApplication } from "../../helpers/ra-harness.ts";

describe("an application whose submission was killed before its audit entry", () => {
  for (const [kind, application] of [
    ["card", cardApplication()],
    ["HSM", hsmApplication()],
  ] as const) {
    it(`gets its application_submitted entry, once, when the ${kind} application is submitted again`, async () => {
      const { ra, audit, entries, clock, submissions } = raWithAudit();
      audit.dieAtNextAppend = true;
      await expect(ra.submitApplication(application)).rejects.toThrow(/killed/);
      expect(submissions).toHaveLength(1);
      expect(entries).toEqual([]);

      clock.advance(30_000);
      const again = await ra.submitApplication(application);
      expect(again.orderNo).toBe(submissions[0]!.orderNo);
      await ra.submitApplication(application);
      const submitted = entries.filter((e) => e.action === "application_submitted");
      expect(submitted).toEqual([expect.objectContaining({ subject: again.orderNo, actor: "customer:web" })]);
      expect(submissions).toHaveLength(1);
    });
  }

  it("a submission that was audited is not audited again when repeated", async () => {
    const { ra, entries } = raWithAudit();
    const application = cardApplication();
    await ra.submitApplication(application);
    await ra.submitApplication(application);
    expect(entries.filter((e) => e.action === "application_submitted")).toHaveLength(1);
  });
});
