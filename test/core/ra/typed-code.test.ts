import { describe, expect, it } from "vitest";
import { readTypedCode, typedCodeOf } from "../../../core/ra/typed-code.ts";

describe("a one-time code as it is typed (core/ra/typed-code.ts)", () => {
  it.each([
    ["482913", "482913"],
    [" 482 913 ", "482913"],
    ["48 29 13", "482913"],
    ["482-913", "482913"],
    ["482.913.", "482913"],
    ['"482913"', "482913"],
    ["kodum 482 913", "482913"],
    ["Kodum: 482913", "482913"],
    ["işte kod: 482913", "482913"],
    ["Doğrulama kodu 482913", "482913"],
    ["my code is 482913", "482913"],
    ["the code is 48 29 13", "482913"],
  ])("reads %s", (typed, code) => expect(readTypedCode(typed)).toBe(code));

  it.each(["48291", "4829130", "abcdef", "12a456", "", "kodum", "kodum 4829", "pin 482913", "482,913"])(
    "refuses %s",
    (typed) => {
      expect(readTypedCode(typed)).toBeUndefined();
      expect(() => typedCodeOf(typed)).toThrow(
        expect.objectContaining({ code: "invalid_code_format", field: "code" }),
      );
    },
  );

  it("a code with words after it is no bare code, but the RA reads it (test/core/ra/typed-code-among-words.test.ts)", () => {
    expect(readTypedCode("482913 ek")).toBeUndefined();
    expect(typedCodeOf("482913 ek")).toBe("482913");
  });
});
