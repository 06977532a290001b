import { describe, expect, it } from "vitest";
import { isMaskedIdNumber, typedSubjectNumber } from "../../../core/identity/typed-subject.ts";

describe("a VKN/TCKN typed into a command (the console's and the CLI's one reading)", () => {
  it.each([
    ["3230512384", "3230512384"],
    ["323 051 2384", "3230512384"],
    ["323.051.23.84", "3230512384"],
    ["323-051-2384", "3230512384"],
    ["VKN: 3230512384", "3230512384"],
    ["vkn:3230512384", "3230512384"],
    ["Vergi kimlik no 323 051 2384", "3230512384"],
    ["Tax ID: 323 051 23 84", "3230512384"],
    ["T.C. kimlik no 100 000 001 46", "10000000146"],
    ["TCKN: 10000000146", "10000000146"],
    ["３２３０５１２３８４", "3230512384"],
    ["3230\u200b512384", "3230512384"],
    ["323\u00a0051\u00a02384", "3230512384"],
    [" 3230512384 ", "3230512384"],
  ])("%j is %s", (typed, digits) => expect(typedSubjectNumber(typed)).toBe(digits));

  it.each([
    "323051238",
    "323 051 2384 x",
    "3230512384 10000000146",
    "üç iki üç sıfır beş bir iki üç sekiz dört",
    "32******84",
    "telefon 3230512384",
    "",
    "VKN:",
  ])("%j is none", (typed) => expect(typedSubjectNumber(typed)).toBeUndefined());

  it.each(["32******84", "10*******46", "32•••••84", "VKN: 32******84", "vkn:32******84"])(
    "%j is masked",
    (typed) => expect(isMaskedIdNumber(typed)).toBe(true),
  );

  it.each(["3230512384", "32**84", "abc******def", "*****"])("%j is not masked", (typed) =>
    expect(isMaskedIdNumber(typed)).toBe(false),
  );
});
