/**
 * A one-time code among ordinary words (core/ra/typed-code.ts): the one 6-digit group of a message
 * with no other digit is the code, whatever words stand around it; another number, a digit glued to
 * letters, or a word saying the number is a PIN/PUK/password makes the message no code.
 */
import { describe, expect, it } from "vitest";
import { readCodeAnswer, typedCodeOf } from "../../../core/ra/typed-code.ts";

describe("a one-time code typed among words", () => {
  it.each([
    "e-postaya gelen kod 482913",
    "e-postadaki kod 482913",
    "482913 geldi",
    "482913 teşekkürler",
    "482913, sağolun",
    "my code is 482913 thanks",
    "SMS ile gelen 482913",
    "kod 482913 doğru mu?",
    "482913 tamam mı",
    "kodum 482913",
    "telefonuma gelen kod 482 913 teşekkürler",
    "Merhaba, az önce gelen kodu yazıyorum: 482913. İyi çalışmalar",
    'kodunuz "482913" olarak geldi',
    "482913'tür",
    "482913’dür",
    "the code you sent is 48 29 13, thank you",
    "kod (482-913) geldi",
    "KOD: 482.913 TEŞEKKÜRLER",
    "482913\nteşekkürler",
  ])("reads %s", (typed) => {
    expect(readCodeAnswer(typed)).toBe("482913");
    expect(typedCodeOf(typed)).toBe("482913");
  });

  it.each([
    ["another number: a VKN", "vkn 3230512384 kod 482913"],
    ["another number: a phone", "482913 kodu 0532 123 45 67'ye geldi"],
    ["another number: minutes", "5 dakika önce 482913 geldi"],
    ["another number: a time", "saat 14:30'da 482913 geldi"],
    ["the code twice", "482913 482913"],
    ["two codes", "482913 mü 193284 mü"],
    ["groups parted by punctuation", "482, 913 geldi"],
    ["a comma inside", "kod 482,913"],
    ["digits glued to letters", "MM2026000001 siparişim"],
    ["digits in an e-mail address", "kod ali.482913@ornek.com.tr adresine geldi"],
    ["seven digits", "kod 4829130 geldi"],
    ["five digits", "kod 48291 geldi"],
    ["a PIN", "pinim 482913"],
    ["a PIN with its code word", "PIN kodum 482913 doğru mu"],
    ["a PUK", "puk 482913"],
    ["a password", "482913 şifrem bu mu"],
    ["a password in English", "my password is 482913"],
    ["no digits", "kod gelmedi"],
  ])("refuses %s: %s", (_why, typed) => {
    expect(readCodeAnswer(typed)).toBeUndefined();
    expect(() => typedCodeOf(typed)).toThrow(expect.objectContaining({ code: "invalid_code_format" }));
  });
});
