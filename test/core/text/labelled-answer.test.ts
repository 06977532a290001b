import { describe, expect, it } from "vitest";
import { emailFromAnswer } from "../../../core/identity/email.ts";
import { withoutLabel } from "../../../core/identity/typed-number.ts";
import { withoutFieldLabel } from "../../../core/ra/field-labels.ts";
import { foldForLabel, splitLabel } from "../../../core/text/labelled-answer.ts";

const unvan = /^unvan(?:imiz|i)?\s*:?\s*/;
const anything = () => true;

describe("an answer with a label (core/text/labelled-answer.ts)", () => {
  it("folds Turkish letters and case position for position", () => {
    expect(foldForLabel("ÜNVANI: Işık A.Ş.")).toBe("unvani: isik a.s.");
    expect(foldForLabel("İmza Yetkilisi’nin")).toBe("imza yetkilisi'nin");
    for (const typed of ["ÜNVANI: Işık A.Ş.", "e-POSTAMIZ 🙂 ali@x.com", "Ünvan: Ğ"])
      expect(foldForLabel(typed)).toHaveLength(typed.length);
  });

  it("drops a label written with or without Turkish letters and keeps the value as typed", () => {
    expect(splitLabel("  ÜNVANIMIZ: Işık Bilişim A.Ş. ", unvan, anything)).toEqual({
      label: "ÜNVANIMIZ:",
      value: "Işık Bilişim A.Ş.",
      folded: "isik bilisim a.s.",
    });
  });

  it("keeps the whole answer when no label opens it, the label is alone, or the reader refuses what follows", () => {
    const whole = (typed: string) => ({ value: typed.trim(), folded: foldForLabel(typed.trim()) });
    expect(splitLabel("Örnek unvan: A.Ş.", unvan, anything)).toEqual(whole("Örnek unvan: A.Ş."));
    expect(splitLabel("unvan: ", unvan, anything)).toEqual(whole("unvan: "));
    expect(splitLabel("unvan: ABC", unvan, (rest) => /^\d/.test(rest.folded))).toEqual(whole("unvan: ABC"));
  });

  it("is the one reader behind the number, e-mail and free-text labels, each with its own rule for the value", () => {
    expect(withoutLabel("VKN: 323.051.2384", "vkn")).toBe("323.051.2384");
    expect(withoutLabel("telefon numaram yok", "phone")).toBe("telefon numaram yok");
    expect(emailFromAnswer("e-posta adresim ali@x.com")).toBe("ali@x.com");
    expect(emailFromAnswer("ali@x.com adresimiz")).toBe("ali@x.com");
    expect(emailFromAnswer("e-posta adresim ali@x.com olsun")).toBe("ali@x.com");
    expect(emailFromAnswer("eski adresim ali@x.com değil")).toBeUndefined();
    expect(withoutFieldLabel("unvan: ABC Ltd", "title")).toBe("ABC Ltd");
    expect(withoutFieldLabel("ÜNVAN - ABC Ltd", "title")).toBe("ABC Ltd");
  });
});
