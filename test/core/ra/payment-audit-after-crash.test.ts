/**
 * Hostile tester (kill -9 while a payment notice is recorded): the payment row is written first and
 * the `payment_recorded` audit entry after it. A process killed between them left the payment
 * without its audit entry for good: the provider's repeated notice found the stored payment (not
 * created), and only a created one was audited. The repeated notice now appends the entry when the
 * audit chain has none for the order since the payment was received, and never twice.
 */
import { describe, expect, it } from "vitest";
import { raWithDyingAudit } from "../../helpers/dying-audit.ts";
import { listPrices } from "../../helpers/memory-ra.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";

describe("a payment notice killed before its audit entry", () => {
  for (const channel of ["sanalpos", "vakifbank"] as const) {
    it(`gets its payment_recorded entry, once, when the ${channel} notice comes again`, async () => {
      const { ra, audit, entries, clock } = raWithDyingAudit();
      const { orderNo } = await ra.submitApplication(cardApplication());
      const notice = { orderNo, channel, providerRef: `ref-${channel}-1`, amountKurus: listPrices.card };
      audit.dieAtNextAppend = true;
      await expect(ra.payments.record(notice)).rejects.toThrow(/killed/);
      expect(entries.filter((e) => e.action === "payment_recorded")).toEqual([]);

      clock.advance(60_000);
      const again = await ra.payments.record(notice);
      expect(again.created).toBe(false);
      await ra.payments.record(notice);
      expect(entries.filter((e) => e.action === "payment_recorded")).toEqual([
        expect.objectContaining({ subject: orderNo, actor: `payment:${channel}` }),
      ]);
    });
  }

  it("a notice that was audited is not audited again when repeated", async () => {
    const { ra, entries } = raWithDyingAudit();
    const { orderNo } = await ra.submitApplication(cardApplication());
    const notice = {
      orderNo,
      channel: "sanalpos" as const,
      providerRef: "ref-ok-1",
      amountKurus: listPrices.card,
    };
    await ra.payments.record(notice);
    await ra.payments.record(notice);
    expect(entries.filter((e) => e.action === "payment_recorded")).toHaveLength(1);
  });
});
