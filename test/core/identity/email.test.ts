import { describe, expect, it } from "vitest";
import { emailFromAnswer, normaliseEmail } from "../../../core/identity/email.ts";

describe("e-mail addresses", () => {
  it("checks and lower-cases the domain", () => {
    expect(normaliseEmail(" Ali.Veli@Ornek.COM.tr ")).toBe("Ali.Veli@ornek.com.tr");
    for (const bad of ["ali", "ali@", "@ornek.com", "ali@ornek", "a b@ornek.com", "ali@@ornek.com"])
      expect(normaliseEmail(bad), bad).toBeUndefined();
  });

  it("refuses two dots in a row, and a domain label that starts or ends with a hyphen (RFC 5321)", () => {
    for (const bad of [
      "ali..veli@ornek.com.tr",
      "ali@ornek..com.tr",
      "ali@-ornek.com.tr",
      "ali@ornek-.com.tr",
    ])
      expect(normaliseEmail(bad), bad).toBeUndefined();
    expect(normaliseEmail("ali.veli@ornek-gida.com.tr")).toBe("ali.veli@ornek-gida.com.tr");
  });

  it("takes an answer with a label before the address, as customers type it", () => {
    for (const typed of [
      "e-posta: muhasebe@ornek.com.tr",
      "E-POSTA ADRESİMİZ muhasebe@ornek.com.tr",
      "eposta adresim muhasebe@ornek.com.tr",
      "mailim: muhasebe@ornek.com.tr.",
      "yeni e-posta adresimiz: <muhasebe@ornek.com.tr>",
      "my new email is muhasebe@ornek.com.tr",
      "muhasebe@ornek.com.tr",
    ])
      expect(emailFromAnswer(typed), typed).toBe("muhasebe@ornek.com.tr");
  });

  it("refuses an answer that says more than a label and one address", () => {
    for (const typed of [
      "muhasebe@ornek.com.tr ve ali@ornek.com.tr",
      "telefon: muhasebe@ornek.com.tr",
      "e-posta: muhasebe@ornek",
      "e-posta adresim yok",
    ])
      expect(emailFromAnswer(typed), typed).toBeUndefined();
  });
});
