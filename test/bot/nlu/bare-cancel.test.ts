/**
 * "İptal" or "cancel" typed alone (with at most a light verb or a courtesy word) names no object:
 * the certificate (R7) or the application may be meant, so the bot asks back and never starts a
 * revocation. Naming the seal keeps the revocation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("iptal alone", () => {
  it.each([
    ["iptal", "tr"],
    ["İptal et", "tr"],
    ["iptal lütfen", "tr"],
    ["iptal edin", "tr"],
    ["iptal mi edeyim", "tr"],
    ["iptal işlemi", "tr"],
    ["iptal ediyorum", "tr"],
    ["cancel", "en"],
    ["cancel please", "en"],
  ] as const)("'%s' is asked back between revocation and the application", (text, locale) => {
    const understood = understand(foldTurkish(text), locale);
    expect(understood.kind).toBe("unsure");
    if (understood.kind === "unsure")
      expect([...understood.candidates].sort()).toEqual(["cancel_application", "revoke"]);
  });

  it.each([
    ["sertifikamı iptal edin", "tr", "revoke"],
    ["başvurumu iptal etmek istiyorum", "tr", "cancel_application"],
    ["please revoke our certificate", "en", "revoke"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
