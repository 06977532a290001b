/**
 * A message that denies a loss or a wish to revoke ("kart kaybolmadı", "iptal etmek istemiyorum",
 * "it was not stolen") never starts revocation and never reaches it at all, while the same cue
 * said plainly, or next to a denied one ("kayıp değil, çalındı"), still does.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { asksForRevocation, deniesRevocation, topIntent, understand } from "../../../bot/nlu/understand.ts";

const fold = (text: string) => foldTurkish(text);

describe("revocation cues that the message denies", () => {
  for (const text of [
    "kart kaybolmadı",
    "kartı kaybetmedik",
    "kart çalınmadı",
    "iptal etmek istemiyorum",
    "iptal değil",
    "iptal etmeyin",
    "sertifika iptal edilmedi",
    "iptale gerek yok",
    "the card was not stolen",
    "we did not cancel",
    "I don't want to revoke it",
  ])
    it(`"${text}" denies revocation`, () => {
      expect(asksForRevocation(fold(text))).toBe(false);
      expect(deniesRevocation(fold(text))).toBe(true);
    });

  for (const text of [
    "kartı kaybettik",
    "kart kayboldu",
    "kartımız çalındı",
    "sertifikayı iptal etmemiz lazım",
    "iptal etmek istiyorum",
    "kartı bulamıyoruz",
    "kayıp değil, çalındı",
    "we lost the card",
    "revoke it please",
  ])
    it(`"${text}" asks for revocation`, () => {
      expect(asksForRevocation(fold(text))).toBe(true);
      expect(deniesRevocation(fold(text))).toBe(false);
    });

  it("a message that denies the loss is understood as something else, never revocation", () => {
    for (const [text, locale] of [
      ["yeni mühür almamız gerekiyor, kart kaybolmadı, ikinci bir tane istiyoruz", "tr"],
      ["kartı kaybetmedim ama pin kilitlendi", "tr"],
      ["I did not lose the card, the PIN is blocked", "en"],
    ] as const) {
      const verdict = understand(fold(text), locale);
      expect(topIntent(verdict), text).not.toBe("revoke");
      if (verdict.kind === "unsure") expect(verdict.candidates, text).not.toContain("revoke");
    }
  });
});
