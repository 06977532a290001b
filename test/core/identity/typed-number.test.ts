import { describe, expect, it } from "vitest";
import { groupedDigits, typedIdDigits, withoutLabel } from "../../../core/identity/typed-number.ts";

describe("typed numbers: labels and separators (interfaces.md §4)", () => {
  it.each([
    ["323.051.2384", "3230512384"],
    ["323-051-2384", "3230512384"],
    ["323 051 23 84", "3230512384"],
    ["vkn: 3230512384", "3230512384"],
    ["VKN:3230512384", "3230512384"],
    ["Vergi No: 323.051.2384", "3230512384"],
    ["vergi kimlik numaramız 3230512384", "3230512384"],
    ["VKN'miz 3230512384", "3230512384"],
    ["tax no is 3230512384", "3230512384"],
    ["our tax number is 323 051 2384", "3230512384"],
    ["My tax ID: 3230512384", "3230512384"],
  ])("reads the VKN in %s", (typed, digits) => expect(typedIdDigits(typed, "vkn")).toBe(digits));

  it.each([
    ["tckn 10000000146", "10000000146"],
    ["T.C. Kimlik No: 100 000 001 46", "10000000146"],
    ["TC:10000000146", "10000000146"],
    ["kimlik no 10000000146", "10000000146"],
    ["ID number is 10000000146", "10000000146"],
  ])("reads the TCKN in %s", (typed, digits) => expect(typedIdDigits(typed, "tckn")).toBe(digits));

  it.each([
    ["üç iki üç sıfır beş bir iki üç sekiz dört", "vkn", "3230512384"],
    ["üç yüz yirmi üç sıfır elli bir yirmi üç seksen dört", "vkn", "3230512384"],
    ["vergi no: uc iki uc sifir bes bir iki uc sekiz dort", "vkn", "3230512384"],
    ["three two three zero five one two three eight four", "vkn", "3230512384"],
    ["bir sıfır sıfır sıfır sıfır sıfır sıfır sıfır bir dört altı", "tckn", "10000000146"],
    ["TC kimlik no on milyon yüz kırk altı", "tckn", undefined],
    ["iki üç", "vkn", undefined],
    ["üç iki üç sıfır beş bir iki üç sekiz dört tamam mı", "vkn", undefined],
  ] as const)("reads a number dictated in words: %s", (typed, kind, digits) =>
    expect(typedIdDigits(typed, kind)).toBe(digits),
  );

  it("keeps a label of another kind, and anything but grouped digits, as a wrong answer", () => {
    expect(typedIdDigits("tckn 10000000146", "vkn")).toBeUndefined();
    expect(typedIdDigits("vkn 3230512384", "tckn")).toBeUndefined();
    expect(typedIdDigits("3230512384a", "vkn")).toBeUndefined();
    expect(typedIdDigits("vkn", "vkn")).toBeUndefined();
    expect(groupedDigits("12,34")).toBeUndefined();
  });

  it("drops a phone label only when a number follows", () => {
    expect(withoutLabel("tel: 0532 123 45 67", "phone")).toBe("0532 123 45 67");
    expect(withoutLabel("Cep Telefonu: +90 (532) 123-4567", "phone")).toBe("+90 (532) 123-4567");
    expect(withoutLabel("GSM 5321234567", "phone")).toBe("5321234567");
    expect(withoutLabel("telefon", "phone")).toBe("telefon");
  });
});
