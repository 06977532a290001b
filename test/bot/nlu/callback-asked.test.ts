/**
 * A call back asked ("beni arayın", "geri dönün lütfen", "biri bizi arayabilir mi", "call me back")
 * asks for a person: the hand-off, which names the call centre (R11). "Geri" there is no refund, and
 * the customer calling us ("sizi arayabilir miyim") is our number.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a call back asked", () => {
  it.each([
    ["geri dönün lütfen", "tr"],
    ["beni arayın", "tr"],
    ["arar mısınız", "tr"],
    ["biri bizi geri arayabilir mi", "tr"],
    ["numaramı bırakıyorum, müsait olunca beni arar mısınız", "tr"],
    ["05321234567 numaradan beni arayın lütfen", "tr"],
    ["I'd like a callback", "en"],
    ["can someone call me back please", "en"],
  ] as const)("'%s' → agent", (text, locale) => {
    expect(intentOf(text, locale)).toBe("agent");
  });

  it.each([
    ["sizi arayabilir miyim", "contact"],
    ["sizi arasam olur mu", "contact"],
    ["paramı geri verin", "refund"],
    ["kartımız çalındı beni arayın", "revoke"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
