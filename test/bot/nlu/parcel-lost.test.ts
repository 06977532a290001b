/**
 * The parcel lost, or asked whether it is ("kargo kayboldu mu", "paket kaybolmuş mu", "is the
 * parcel lost"), is the delivery's question (R3.3.1): the card never reached the firm. It starts
 * no revocation; the card named as lost still does.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { asksForRevocation } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the parcel lost", () => {
  it.each([
    ["kargo kayboldu mu", "tr"],
    ["paket kaybolmuş mu", "tr"],
    ["kargom kayboldu galiba", "tr"],
    ["gönderi kayıp mı", "tr"],
    ["is the parcel lost", "en"],
    ["did the courier lose my package", "en"],
  ] as const)("'%s' → delivery", (text, locale) => {
    expect(asksForRevocation(foldTurkish(text))).toBe(false);
    expect(intentOf(text, locale)).toBe("delivery");
  });

  it.each([
    ["kart kayboldu", "tr"],
    ["kargodan gelen kartı kaybettik", "tr"],
    ["we lost the card", "en"],
  ] as const)("'%s' still → revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });
});
