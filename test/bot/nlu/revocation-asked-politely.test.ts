/**
 * A revocation asked in the polite request forms ("iptal edin lütfen", "iptal eder misiniz",
 * "iptal edilsin") or told as a theft in other words ("ofisimiz soyuldu kart da gitti") asks to
 * revoke the seal (R7.2); the application asked the same way is its cancellation, and a theft
 * without the card named is asked back, never acted on.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("revocation asked politely, or a theft told", () => {
  it.each([
    "mali mühürü iptal edin lütfen",
    "sertifikamızı iptal eder misiniz",
    "mali muhuru iptal edin",
    "e-mühürümüzü iptal eder misiniz rica etsem",
    "ofisimiz soyuldu kart da gitti",
    "dükkanı soydular kart okuyucu ve kart yok",
    "işyerimize hırsız girmiş mühür kartını da almışlar",
  ])("'%s' → revoke", (text) => {
    expect(intentOf(text)).toBe("revoke");
  });

  it.each([
    ["başvurumu iptal eder misiniz", "cancel_application"],
    ["siparişimi iptal ediniz lütfen", "cancel_application"],
    ["hırsız girmedi kart kırık geldi", "troubleshoot"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("a theft without the card named is asked back, revocation offered first", () => {
    const understood = understand(foldTurkish("ofis soyuldu"), "tr");
    expect(understood.kind).toBe("unsure");
    if (understood.kind === "unsure") expect(understood.candidates[0]).toBe("revoke");
  });
});
