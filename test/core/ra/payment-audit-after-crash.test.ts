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
import type { MemoryRecoveryLedger } from "../../helpers/memory-ra-repositories.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";

type Channel = "sanalpos" | "vakifbank";

/** A provider's notice paying the card's list price for the order. */
function cardNotice(orderNo: string, channel: Channel, providerRef: string, receivedAt?: Date) {
  return { orderNo, channel, providerRef, amountKurus: listPrices.card, receivedAt };
}

/** Records the notice in a process killed between the payment row and its audit entry. */
async function recordThenDie(
  ra: ReturnType<typeof raWithDyingAudit>["ra"],
  audit: ReturnType<typeof raWithDyingAudit>["audit"],
  notice: ReturnType<typeof cardNotice>,
): Promise<void> {
  audit.dieAtNextAppend = true;
  await expect(ra.payments.record(notice)).rejects.toThrow(/killed/);
}

describe("a payment notice killed before its audit entry", () => {
  for (const channel of ["sanalpos", "vakifbank"] as const) {
    it(`gets its payment_recorded entry, once, when the ${channel} notice comes again`, async () => {
      const { ra, audit, entries, clock } = raWithDyingAudit();
      const { orderNo } = await ra.submitApplication(cardApplication());
      const notice = cardNotice(orderNo, channel, `ref-${channel}-1`);
      await recordThenDie(ra, audit, notice);
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
    const notice = cardNotice(orderNo, "sanalpos", "ref-ok-1");
    await ra.payments.record(notice);
    await ra.payments.record(notice);
    expect(entries.filter((e) => e.action === "payment_recorded")).toHaveLength(1);
  });

  // hostile tester (second round): the check looked for any entry of the order since the payment's
  // receivedAt, so it could be fooled both ways; it now looks for the entry naming the payment
  it("the entry names its payment", async () => {
    const { ra, entries } = raWithDyingAudit();
    const { orderNo } = await ra.submitApplication(cardApplication());
    const notice = cardNotice(orderNo, "vakifbank", "ref-named-1");
    const { paymentId } = await ra.payments.record(notice);
    expect(entries.filter((e) => e.action === "payment_recorded")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ payment: paymentId }) }),
    ]);
  });

  for (const aheadMs of [60_000, 4 * 60_000]) {
    it(`a notice received ${aheadMs / 60_000} min ahead of our clock (the skew allowed) is audited once when repeated`, async () => {
      const { ra, entries, clock } = raWithDyingAudit();
      const { orderNo } = await ra.submitApplication(cardApplication());
      const receivedAt = new Date(clock.now().getTime() + aheadMs);
      const notice = cardNotice(orderNo, "sanalpos", "ref-ahead-1", receivedAt);
      await ra.payments.record(notice);
      clock.advance(10_000);
      await ra.payments.record(notice);
      expect(entries.filter((e) => e.action === "payment_recorded")).toHaveLength(1);
    });
  }

  it("another payment's entry of the same order, after this one was received, does not count", async () => {
    const { ra, entries, audit, clock, deps } = raWithDyingAudit();
    const { orderNo } = await ra.submitApplication(cardApplication());
    const notice = cardNotice(orderNo, "vakifbank", "ref-lost-1");
    await recordThenDie(ra, audit, notice);
    clock.advance(60_000);
    // an entry of the order naming another payment, appended after this payment was received
    (deps.recovery as MemoryRecoveryLedger).auditEntries.push({
      action: "payment_recorded",
      subject: orderNo,
      at: clock.now(),
      details: { payment: "another-payment", amount: "1 ₺" },
    });
    const again = await ra.payments.record(notice);
    expect(entries.filter((e) => e.action === "payment_recorded")).toEqual([
      expect.objectContaining({
        subject: orderNo,
        details: expect.objectContaining({ payment: again.paymentId }),
      }),
    ]);
  });

  it("an entry written before entries named their payment still counts: not audited again", async () => {
    const { ra, entries, audit, clock, deps } = raWithDyingAudit();
    const { orderNo } = await ra.submitApplication(cardApplication());
    const notice = cardNotice(orderNo, "sanalpos", "ref-old-1");
    await recordThenDie(ra, audit, notice);
    (deps.recovery as MemoryRecoveryLedger).auditEntries.push({
      action: "payment_recorded",
      subject: orderNo,
      at: clock.now(),
      details: { amount: "1 ₺", postsAt: clock.now().toISOString() },
    });
    await ra.payments.record(notice);
    expect(entries.filter((e) => e.action === "payment_recorded")).toEqual([]);
  });
});
