/**
 * The price asked as what something comes to ("yenileme ne kadar tutuyor", "kaça mal olur") is the
 * price (R6.1); every partner said foreign with "tüm"/"bütün" ("tüm ortaklar yabancı") is a 100 %
 * foreign firm, which applies in writing to GİB (R9.1), while one foreign partner may apply online.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("what it comes to; all partners foreign", () => {
  it.each([
    ["yenileme ne kadar tutuyor", "prices"],
    ["hsm kurulumu kaça mal olur", "prices"],
    ["kargo ne kadar sürer", "delivery"],
    ["yabancı sermayeli şirketiz, tüm ortaklar yabancı", "r9"],
    ["bütün ortaklarımız yabancı uyruklu", "r9"],
    ["yabancı ortağımız var", "apply"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
