/**
 * One mobile number among ordinary words (core/identity/phone.ts) is the answer; two numbers,
 * an address, a word naming another kind of number, or words saying it is not the answer (the old
 * one, "değil") make it none.
 */
import { describe, expect, it } from "vitest";
import { normaliseTurkishMobile } from "../../../core/identity/phone.ts";

describe("a mobile number among words", () => {
  it.each([
    "0532 123 45 67 olsun",
    "cebim 0532 123 45 67",
    "doğrusu +90 (532) 123-4567",
    "yetkilinin cebi 05321234567, teşekkürler",
    "0532 123 45 67'den ulaşabilirsiniz",
    "please use 0532 123 45 67",
    "bundan sonra 532 123 4567 kullanılacak",
  ])("takes %s", (typed) => expect(normaliseTurkishMobile(typed)).toBe("+905321234567"));

  it.each([
    "0532 123 45 67 ya da 0533 765 43 21",
    "0532 123 45 67 değil",
    "eski numaram 0532 123 45 67",
    "vkn 5321234567",
    "0532 123 45 67, ali@ornek.com.tr",
    "sabit hattımız 0312 123 45 67",
    "0532 123 45 67 ve 2 numara daha",
    "abc0532 123 45 67",
  ])("refuses %s", (typed) => expect(normaliseTurkishMobile(typed)).toBeUndefined());
});
