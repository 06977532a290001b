import { describe, expect, it } from "vitest";
import { emailFromAnswer } from "../../../core/identity/email.ts";
import { normaliseTurkishMobile } from "../../../core/identity/phone.ts";

describe("a new mobile number typed with a label", () => {
  for (const typed of [
    "yeni numaram 0532 444 55 66",
    "numaram 0532 444 55 66",
    "yeni cep numaram: 05324445566",
    "Yeni telefonum 0532 444 55 66",
    "it's 0532-444-55-66",
    "It’s 0532 444 55 66",
    "new number is 0532 444 55 66",
    "my new mobile number: +90 532 444 55 66",
    "tel: 0532 444 55 66",
  ])
    it(`"${typed}"`, () => expect(normaliseTurkishMobile(typed)).toBe("+905324445566"));

  for (const typed of [
    "yeni numaram",
    "numaram 0212 444 55 66",
    "yeni numaram 0532 444 55 66 ve 0533 111 22 33",
    "bu değil",
  ])
    it(`"${typed}" is no mobile number`, () => expect(normaliseTurkishMobile(typed)).toBeUndefined());
});

describe("a new e-mail typed with a label", () => {
  for (const typed of [
    "yeni mailim muhasebe@ornek.com.tr",
    "it's muhasebe@ornek.com.tr",
    "that's muhasebe@ornek.com.tr",
  ])
    it(`"${typed}"`, () => expect(emailFromAnswer(typed)).toBe("muhasebe@ornek.com.tr"));

  it("other words around the address are still no answer", () =>
    expect(emailFromAnswer("muhasebe@ornek.com.tr değil, başka")).toBeUndefined());
});
