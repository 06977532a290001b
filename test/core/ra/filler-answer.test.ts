/**
 * Outside tester, round 21 (D02/D02b): "tamamdir devam" at the unvan question and "ok continue" after
 * a side question were stored as the unvan and went into the certificate's CN. An answer made only
 * of acknowledgement, continuation or filler words (typos included) is no unvan and no person's
 * name; a name with such a word and another ("Tamam Gıda Ltd. Şti.", "Hadi Yılmaz") still is.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { isFillerAnswer } from "../../../core/ra/filler-answer.ts";

const fillers = [
  "tamamdir devam",
  "Tamamdır, devam",
  "tmm devam edelim",
  "peki devam et",
  "evet hadi",
  "anladım devam",
  "OK CONTİNUE",
  "okey contiune",
  "ok go on",
  "next please",
  "sure, go ahead",
  "alright continue",
  "tamamdri devaam",
];

describe("an answer of filler words only", () => {
  it.each(fillers)("'%s' is filler", (text) => {
    expect(isFillerAnswer(text)).toBe(true);
  });

  it.each(["Tamam Gıda Ltd. Şti.", "Hadi Yılmaz", "Devran Okay", "Örnek Bilişim A.Ş.", "Ayşe Yılmaz", ""])(
    "'%s' is not",
    (text) => {
      expect(isFillerAnswer(text)).toBe(false);
    },
  );

  it.each(["title", "personName", "signerName", "techName"] as const)(
    "is refused at %s with its own reason",
    (field) => {
      for (const text of ["tamamdir devam", "ok continue", "peki tamam"]) {
        let code: string | undefined;
        try {
          validateApplicationField(field, text);
        } catch (error) {
          if (error instanceof ValidationError) code = error.code;
        }
        expect(code, text).toBe("answer_is_filler");
      }
    },
  );

  it("names and surnames that are also words of praise are names ('Harika Güzel', 'Süper İyi' is not one)", () => {
    for (const name of ["Harika Güzel", "Güzel İyi", "Harika İyi"])
      expect(validateApplicationField("signerName", name)).toBe(name);
  });

  it("a real name and unvan still pass", () => {
    expect(validateApplicationField("signerName", "Hadi Yılmaz")).toBe("Hadi Yılmaz");
    expect(validateApplicationField("title", "Tamam Gıda Ltd. Şti.")).toMatch(/Tamam Gıda/);
  });
});
