/**
 * Outside conversation tester, round 21 (D14): a mobile number dictated in words ("sifir bes yuz otuz
 * iki yuz yirmi uc kirk bes altmis yedi") got "Bu geçerli bir Türkiye cep telefonu numarası değil".
 * The words are read group by group into digits, and the phone question takes them.
 */
import { describe, expect, it } from "vitest";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { digitsInWords } from "../../../core/text/digits-in-words.ts";

describe("a number dictated in words", () => {
  it.each([
    // "beş yüz otuz iki" is 532 and "yüz yirmi üç" 123, as they are read aloud
    ["sifir bes yuz otuz iki yuz yirmi uc kirk bes altmis yedi", "05321234567"],
    ["sıfır beş yüz otuz iki, iki yüz yirmi üç, kırk beş, altmış yedi", "05322234567"],
    ["sıfır beş üç iki iki iki üç dört beş altı yedi", "05322234567"],
    ["0532 iki yüz yirmi üç kırk beş altmış yedi", "05322234567"],
    ["beş yüz otuz iki yüz yirmi üç kırk beş altmış yedi", "5321234567"],
    ["zero five three two two two three four five six seven", "05322234567"],
    ["SIFIR BEŞ YÜZ OTUZ İKİ, İKİ YÜZ YİRMİ ÜÇ, KIRK BEŞ, ALTMIŞ YEDİ", "05322234567"],
  ])("'%s' → %s", (text, digits) => {
    expect(digitsInWords(text)).toBe(digits);
  });

  it.each(["Ayşe Yılmaz", "yarın ararım", "", "0532 123 45 67"])("'%s' is no number in words", (text) => {
    expect(digitsInWords(text)).toBeUndefined();
  });

  it("the phone fields take it, normalised", () => {
    const spoken = "sifir bes yuz otuz iki yuz yirmi uc kirk bes altmis yedi";
    expect(validateApplicationField("phone", spoken)).toBe("+905321234567");
    expect(validateApplicationField("techPhone", spoken)).toBe("+905321234567");
    expect(() => validateApplicationField("phone", "sifir bes yuz otuz iki")).toThrow();
  });
});
