/**
 * A correction naming an earlier field in mid-dialog ("vkn'yi yanlış yazdım", "unvanı yanlış
 * girdim", "telefonu düzeltmek istiyorum") goes to that field's question, and after the new answer
 * the dialog goes on where it was, keeping the other answers.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup } from "../../harness.ts";

const upToEmail = ["başvuru", "tüzel", "3230512384", "Örnek Bilişim A.Ş.", "Ayşe Yılmaz", "10000000146"];
const rest = ["bilgi@ornek.com.tr", "0532 123 45 67", "akıllı kart", "Atatürk Cad. No: 1 Çankaya Ankara"];

describe("correcting an earlier field in mid-dialog", () => {
  it("'vkn'yi yanlış yazdım' at the e-mail question asks the VKN, then the e-mail again", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, upToEmail);
    expect(await chat.say("vkn'yi yanlış yazdım")).toContain("VKN'sini");
    expect(await chat.say("4540536920")).toContain("e-posta");
    const summary = await sayAll(chat, rest);
    expect(summary).toContain("onaylıyor musunuz");
    expect(summary).toContain("45******20");
    expect(summary).toContain("ÖRNEK BİLİŞİM A.Ş.");
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({ idNumber: "4540536920", signerName: "Ayşe Yılmaz" });
  });

  it("'unvanı yanlış girdim' at the e-mail question asks the unvan, then the e-mail", async () => {
    const { chat } = await setup();
    await sayAll(chat, upToEmail);
    const answer = await chat.say("unvanı yanlış girdim");
    expect(answer).toContain("Firmanın unvanını");
    expect(answer).not.toContain("yeni bir mali mühür gerekir");
    expect(await chat.say("Yeni Örnek Bilişim A.Ş.")).toContain("e-posta");
  });

  it("'telefonu düzeltmek istiyorum' at the medium question asks the phone, then the medium", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...upToEmail, "bilgi@ornek.com.tr", "0532 123 45 67"]);
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    expect(await chat.say("telefonu düzeltmek istiyorum")).toContain("Cep telefonu numaranızı yazın");
    await chat.say("0533 765 43 21");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
  });

  it("in English: 'I made a typo in the tax number'", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn);
    expect(await chat.say("I made a typo in the tax number")).toContain("Please type your firm's VKN");
    expect(await chat.say("4540536920")).toMatch(/e-mail/i);
  });

  it("a field not asked yet, at the e-mail question, gets the e-mail question again with a word on it", async () => {
    const { chat } = await setup();
    await sayAll(chat, upToEmail);
    const answer = await chat.say("telefonu düzeltmek istiyorum");
    expect(answer).toContain("henüz sormadım");
    expect(answer).toContain("e-posta adresinizi yazın");
    expect(answer).not.toContain("geçerli bir e-posta");
    expect(await chat.say("e-postayı yanlış yazdım")).not.toContain("geçerli bir e-posta");
    expect(await chat.say("bilgi@ornek.com.tr")).toContain("Cep telefonu numaranızı");
  });

  it("a name or unvan with such words is an answer, not a correction", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
    expect(await chat.say("Doğru Telefon Değişim Ltd. Şti.")).toContain("İmza yetkilisinin adını");
  });

  it("'geri' still goes back one question", async () => {
    const { chat } = await setup();
    await sayAll(chat, upToEmail);
    expect(await chat.say("geri")).toContain("TCKN");
  });
});

/**
 * A field named with the possessive and the accusative ("mail adresimi", "telefonumu", "unvanımızı")
 * or as a compound with another field ("imza yetkilisinin adını") was no field: the address question
 * answered "Bu bir açık adres gibi görünmüyor", and "unvanımızı yanlış yazdım" got R5.2's
 * "unvan changed" text.
 */
describe("a field named with a possessive ending in mid-dialog", () => {
  const toAddress = [...upToEmail, "bilgi@ornek.com.tr", "0532 123 45 67", "akıllı kart"];

  it.each([
    ["mail adresimi yanlış yazdım", "e-posta adresinizi yazın"],
    ["e-postamı yanlış yazdım", "e-posta adresinizi yazın"],
    ["mailimi yanlis girdim", "e-posta adresinizi yazın"],
    ["e-posta adresimi düzeltmek istiyorum", "e-posta adresinizi yazın"],
    ["telefonumu yanlış yazdım", "Cep telefonu numaranızı yazın"],
    ["unvanımızı yanlış yazdım", "Firmanın unvanını"],
    ["imza yetkilisinin adını yanlış yazdım", "İmza yetkilisinin adını ve soyadını yazın"],
    ["yetkilinin ismini hatalı girdim", "İmza yetkilisinin adını ve soyadını yazın"],
  ])("'%s' at the address question asks that field again", async (text, question) => {
    const { chat } = await setup();
    await sayAll(chat, toAddress);
    const answer = await chat.say(text);
    expect(answer).toContain(question);
    expect(answer).not.toMatch(/açık adres gibi görünmüyor|yeni bir mali mühür gerekir/);
  });

  it("the corrected e-mail is kept and the dialog goes back to the address", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toAddress);
    await chat.say("mail adresimi yanlış yazdım");
    expect(await chat.say("muhasebe@ornek.com.tr")).toContain("teslimat adresini");
    await chat.say("Atatürk Cad. No: 1 Çankaya Ankara");
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({ email: "muhasebe@ornek.com.tr", phone: expect.any(String) });
  });
});
