/**
 * English revocation requests in the imperative or polite forms were left to the classifier, which
 * spread them: "revoke my certificate" and "revocation please" were asked back, "can you revoke my
 * certificate?" was the status, "cancel my e-seal please" the application's cancellation, "revoke it
 * please" thanks. A request to revoke (or cancel, deactivate) the seal, its certificate or card, in a
 * few words, asks for the revocation (R7); the application or order cancelled, a question about
 * revoking, a denial and other things revoked stay as they were.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { revocationRequested } from "../../../bot/nlu/revocation-requested.ts";
import { understand } from "../../../bot/nlu/understand.ts";

function intentIn(text: string, locale: "tr" | "en" = "en"): string {
  const u = understand(foldTurkish(text), locale);
  return u.kind === "intent" ? u.intent : u.kind;
}

describe("an English request to revoke the seal", () => {
  it.each([
    "revoke my certificate",
    "Revoke my certificate.",
    "please revoke our e-seal",
    "can you revoke my certificate?",
    "could you please revoke our certificate",
    "cancel my e-seal please",
    "cancel our seal certificate",
    "deactivate our certificate",
    "revoke it please",
    "revoke it",
    "revocation please",
    "revoke our mali mühür",
    "revoke the smart card's certificate",
    "kindly revoke the company certificate asap",
    "I'd like you to revoke our certificate",
    "pls revoke cert",
    "invalidate our e-seal immediately",
  ])("%j → revoke", (text) => {
    expect(revocationRequested(foldTurkish(text))).toBe(true);
    expect(intentIn(text)).toBe("revoke");
  });

  it.each([
    ["cancel my application", "cancel_application"],
    ["cancel my order please", "cancel_application"],
    ["please cancel it", undefined],
    ["what happens if I revoke my certificate", undefined],
    ["can I undo the revocation of my certificate?", undefined],
    ["don't revoke my certificate", undefined],
    ["revoke the appointment", undefined],
    ["cancel the HSM appointment please", undefined],
    ["is my certificate revoked?", undefined],
  ] as const)("%j is no plain request to revoke (%s)", (text, intent) => {
    expect(revocationRequested(foldTurkish(text))).toBe(false);
    if (intent) expect(intentIn(text)).toBe(intent);
  });
});
