import { describe, expect, it } from "vitest";
import { addTurkishBusinessDays, isTurkishBusinessDay } from "../../../core/ra/business-days.ts";
import { adviseMedium } from "../../../core/ra/medium-advice.ts";

describe("R3.2 Turkish business days for bank payments", () => {
  it("a Wednesday payment posts on Thursday 09:00 Istanbul", () => {
    expect(addTurkishBusinessDays(new Date("2026-11-25T12:00:00+03:00"), 1).toISOString()).toBe(
      "2026-11-26T06:00:00.000Z",
    );
  });
  it("a Friday payment posts on Monday", () => {
    expect(addTurkishBusinessDays(new Date("2026-11-27T16:00:00+03:00"), 1).toISOString()).toBe(
      "2026-11-30T06:00:00.000Z",
    );
  });
  it("skips official holidays, all days of a bayram included", () => {
    // 28 Oct 2026 is a Wednesday; 29 Oct is Cumhuriyet Bayramı.
    expect(addTurkishBusinessDays(new Date("2026-10-28T10:00:00+03:00"), 1).toISOString()).toBe(
      "2026-10-30T06:00:00.000Z",
    );
    // Kurban Bayramı 2026: 27–30 May (Wednesday to Saturday); a payment on the eve posts on Monday 1 June.
    expect(addTurkishBusinessDays(new Date("2026-05-26T10:00:00+03:00"), 1).toISOString()).toBe(
      "2026-06-01T06:00:00.000Z",
    );
    expect(isTurkishBusinessDay(new Date("2026-05-28T10:00:00+03:00"))).toBe(false);
    expect(isTurkishBusinessDay(new Date("2026-01-01T10:00:00+03:00"))).toBe(false);
    expect(isTurkishBusinessDay(new Date("2026-11-28T10:00:00+03:00"))).toBe(false);
    expect(isTurkishBusinessDay(new Date("2026-11-26T10:00:00+03:00"))).toBe(true);
  });
  it("uses the Istanbul date, not UTC: 01:30 Saturday in Istanbul is Friday in UTC", () => {
    expect(isTurkishBusinessDay(new Date("2026-11-27T22:30:00Z"))).toBe(false);
  });
});

describe("R2.2/R2.3 card or HSM advice", () => {
  it("advises a card below 120 invoices a minute with one signer and no branches", () => {
    expect(adviseMedium({ invoicesPerMinute: 119 })).toEqual({ medium: "card", reasons: [] });
    expect(adviseMedium({})).toEqual({ medium: "card", reasons: [] });
  });
  it("advises an HSM from 120 a minute, for several signers or for branches, naming each reason", () => {
    expect(adviseMedium({ invoicesPerMinute: 120 })).toEqual({
      medium: "hsm",
      reasons: ["volume_per_minute"],
    });
    expect(adviseMedium({ severalSigners: true, branches: true })).toEqual({
      medium: "hsm",
      reasons: ["several_signers", "branches"],
    });
  });
});
