/**
 * One e-mail address among ordinary words (core/identity/email.ts) is the answer; two addresses,
 * another number, a phone word, or words saying it is not the answer (the old one, "değil") make it none.
 */
import { describe, expect, it } from "vitest";
import { emailFromAnswer } from "../../../core/identity/email.ts";

describe("an e-mail address among words", () => {
  it.each([
    "doğrusu ali@ornek.com.tr",
    "ali@ornek.com.tr olsun",
    "yeni adresimiz ali@ornek.com.tr olsun",
    "bildirimler ali@ornek.com.tr'ye gelsin",
    "Lütfen ali@ornek.com.tr adresini kullanın, teşekkürler.",
    "please use ali@ornek.com.tr",
    "(ali@ornek.com.tr) yazın",
    "ali@ornek.com.tr olsun ama yarın değiştiririm",
  ])("takes %s", (typed) => expect(emailFromAnswer(typed)).toBe("ali@ornek.com.tr"));

  it.each([
    "ali@ornek.com.tr ya da veli@ornek.com.tr",
    "ali@ornek.com.tr değil",
    "eski adresim ali@ornek.com.tr",
    "not ali@ornek.com.tr",
    "the current one is ali@ornek.com.tr",
    "ali@ornek.com.tr ve 0532 123 45 67",
    "telefon: ali@ornek.com.tr",
    "doğrusu ali@ornek",
    "doğrusu ali@@ornek.com.tr",
  ])("refuses %s", (typed) => expect(emailFromAnswer(typed)).toBeUndefined());
});
