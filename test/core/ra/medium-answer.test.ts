/**
 * Hostile tester (session 26): at the unvan question "akıllı kart" was stored as the firm's unvan,
 * and at the signatory's name question as the signatory's name: the certificate's subject would have
 * read "AKILLI KART". The medium named, typed ahead, is refused with its own reason; a firm or a
 * person whose name holds such a word beside others is a name.
 */
import { describe, expect, it } from "vitest";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { isMediumAnswer } from "../../../core/ra/medium-answer.ts";

describe("the certificate's medium typed at a name question", () => {
  it.each([
    "akıllı kart",
    "AKILLI KART",
    "akilli kart istiyoruz",
    "HSM ile",
    "smart card please",
    "Akıllı kart olsun",
  ])("%j is the medium, refused as an unvan and as a person's name", (typed) => {
    expect(isMediumAnswer(typed)).toBe(true);
    expect(() => validateApplicationField("title", typed)).toThrow(
      expect.objectContaining({ code: "answer_is_medium" }),
    );
    expect(() => validateApplicationField("signerName", typed)).toThrow(
      expect.objectContaining({ code: "answer_is_medium" }),
    );
  });

  it.each(["Akıllı Kart Sistemleri A.Ş.", "HSM Bilişim Ltd. Şti.", "Kart Gıda Ticaret Ltd. Şti."])(
    "%j is an unvan",
    (typed) => {
      expect(isMediumAnswer(typed)).toBe(false);
      expect(validateApplicationField("title", typed)).toBeTruthy();
    },
  );

  it.each(["Mehmet Akıllı", "Ayşe Kart"])("%j is a person's name", (typed) => {
    expect(isMediumAnswer(typed)).toBe(false);
    expect(validateApplicationField("signerName", typed)).toBe(typed);
  });
});
