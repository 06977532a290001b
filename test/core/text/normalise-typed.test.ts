/** The one normalisation of typed text (core/text/normalise-typed.ts), used by the chat and by /mm. */
import { describe, expect, it } from "vitest";
import { normaliseTyped } from "../../../core/text/normalise-typed.ts";

describe("normaliseTyped", () => {
  it.each([
    ["full-width digits", "３２３０５１２３８４", "3230512384"],
    ["full-width letters", "ＤＵＲＵＭ", "DURUM"],
    ["a zero-width space inside a TCKN", "100000\u200B00146", "10000000146"],
    ["zero-width (non-)joiners between digits", "12\u200C34\u200D56", "123456"],
    ["a word joiner", "32305\u206012384", "3230512384"],
    ["a soft hyphen inside a name", "Ay\u00ADşe Yıl\u00ADmaz", "Ayşe Yılmaz"],
    ["a byte order mark before and after", "\uFEFF3230512384\uFEFF", "3230512384"],
    ["direction marks and a right-to-left override", "\u200EABC\u202E Ltd\u200F", "ABC Ltd"],
    [
      "no-break spaces between digit groups (spaces, not collapsed)",
      "323\u00A0051\u00A0\u00A02384",
      "323 051  2384",
    ],
    ["an ideographic space", "durum\u30003230512384", "durum 3230512384"],
    ["a ligature", "ﬁrma", "firma"],
    ["a lone surrogate", "kart \ud800", "kart \uFFFD"],
  ])("%s", (_what, typed, read) => {
    expect(normaliseTyped(typed)).toBe(read);
  });

  it("keeps Turkish dotted and dotless i and the other Turkish letters as typed", () => {
    const turkish = "İĞDIR ığdır İstanbul ISPARTA ılık iğne ŞÇÖÜĞ şçöüğ";
    expect(normaliseTyped(turkish)).toBe(turkish);
    // İ typed decomposed (I + combining dot above) reads as the one letter
    expect(normaliseTyped("I\u0307zmir")).toBe("İzmir");
  });

  it("keeps line breaks and spaces as typed (collapsing is the reader's choice)", () => {
    expect(normaliseTyped("  Atatürk Cad.\nNo: 1  ")).toBe("  Atatürk Cad.\nNo: 1  ");
  });

  it("leaves an emoji written with joiners or tags whole", () => {
    for (const emoji of ["👩‍💻", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👍🏽"]) {
      expect(normaliseTyped(`teşekkürler ${emoji}`)).toBe(`teşekkürler ${emoji}`);
    }
  });

  it("is idempotent", () => {
    for (const typed of ["100000\u200B00146", "I\u200B\u0307", "３２\u00AD３", "\u202Eabc 👩‍💻\u200D"]) {
      const once = normaliseTyped(typed);
      expect(normaliseTyped(once)).toBe(once);
    }
  });
});

describe("normaliseTyped: digits of other scripts (hostile tester, round 21)", () => {
  it.each([
    ["٣٢٣٠٥١٢٣٨٤", "3230512384"],
    ["۳۲۳۰۵۱۲۳۸۴", "3230512384"],
    ["०५३२ १२३ ४५ ६७", "0532 123 45 67"],
    ["𝟑𝟐𝟑𝟎", "3230"],
  ])("%j reads as %j", (typed, read) => {
    expect(normaliseTyped(typed)).toBe(read);
  });
});
