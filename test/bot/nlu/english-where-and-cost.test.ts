/**
 * English: "where is our card" asks where the card is (R3.3.1), not about a locked PIN or the order;
 * "what does an HSM cost" asks the price (R6.1).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("English: where is it, what does it cost", () => {
  it.each(["where's our card", "where is the seal we ordered", "where is my package"])(
    "'%s' → delivery",
    (text) => {
      expect(intentOf(text, "en")).toBe("delivery");
    },
  );

  it.each(["what does an HSM cost", "what do smart cards cost"])("'%s' → prices", (text) => {
    expect(intentOf(text, "en")).toBe("prices");
  });

  it.each([
    ["where is your office", "contact"],
    ["where is my invoice", "invoice"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text, "en")).toBe(intent);
  });
});
