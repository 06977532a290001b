/**
 * At the summary's "onaylıyor musunuz?" a "no" that names the field to correct reopens THAT field,
 * whatever common name the customer uses for it (tester round: "hayır, mail adresi yanlış" reopened
 * the delivery address). A name more specific than "adres" / "numara" ("mail adresi", "vergi
 * kimlik numarası", "cep numarası") wins over the generic word it contains.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const question = {
  email: "e-posta adresinizi yazın",
  phone: "Cep telefonu numaranızı yazın",
  deliveryAddress: "teslimat adresini yazın",
  title: "Firmanın unvanını",
  vkn: "Firmanızın VKN'sini",
  tckn: "TCKN'nizi (11 haneli",
  personName: "Adınızı ve soyadınızı",
  signerName: "İmza yetkilisinin adını ve soyadını",
  signerTckn: "İmza yetkilisinin TCKN'sini",
} as const;

const tuzelCases: [string, keyof typeof question][] = [
  ["hayır, mail adresi yanlış", "email"],
  ["hayır mail adresim yanlış", "email"],
  ["e-mail adresi hatalı", "email"],
  ["email adresini düzeltmek istiyorum", "email"],
  ["eposta adresim yanlış", "email"],
  ["hayır, e-posta adresi yanlış", "email"],
  ["mail yanlış", "email"],
  ["hayır, teslimat adresi yanlış", "deliveryAddress"],
  ["adres yanlış", "deliveryAddress"],
  ["hayır adresim hatalı", "deliveryAddress"],
  ["gönderim adresi yanlış", "deliveryAddress"],
  ["telefon yanlış", "phone"],
  ["hayır cep numaram yanlış", "phone"],
  ["gsm numarası hatalı", "phone"],
  ["numaram yanlış", "phone"],
  ["telefon numarası yanlış", "phone"],
  ["unvan yanlış", "title"],
  ["hayır, firma adı yanlış", "title"],
  ["şirket ismi hatalı", "title"],
  ["firma ünvanı yanlış", "title"],
  ["vkn yanlış", "vkn"],
  ["vergi numarası yanlış", "vkn"],
  ["hayır vergi kimlik numarası yanlış", "vkn"],
  ["vergi no hatalı", "vkn"],
  ["imza yetkilisinin adı yanlış", "signerName"],
  ["yetkilinin tc kimlik numarası yanlış", "signerTckn"],
  ["yetkili tckn hatalı", "signerTckn"],
  // a tüzel kişi's summary has one TCKN, the signatory's: "tc" and "kimlik" name it
  ["hayır, tc numaram yanlış", "signerTckn"],
  ["tc kimlik numarası yanlış", "signerTckn"],
  ["kimlik numarası hatalı", "signerTckn"],
  ["tckn yanlış", "signerTckn"],
];

describe("the field named at the summary's confirmation (tüzel, card)", () => {
  for (const [typed, field] of tuzelCases)
    it(`'${typed}' → ${field}`, async () => {
      const { chat } = await setup();
      expect(await sayAll(chat, tuzelCardAnswers)).toContain("onaylıyor musunuz");
      const answer = await chat.say(typed);
      expect(answer).toContain(question[field]);
      for (const [other, text] of Object.entries(question))
        if (other !== field && !question[field].includes(text)) expect(answer).not.toContain(text);
    });
});

const gercekAnswers = [
  "başvuru",
  "gerçek",
  "10000000146",
  "Ali Veli",
  "Ayşe Yılmaz",
  "17291716060",
  "bilgi@ornek.com.tr",
  "0532 123 45 67",
  "akıllı kart",
  "Atatürk Cad. No: 1 Çankaya Ankara",
];

const gercekCases: [string, keyof typeof question][] = [
  ["hayır, ad soyad yanlış", "personName"],
  ["isim yanlış", "personName"],
  ["adım soyadım hatalı", "personName"],
  ["tc kimlik numaram yanlış", "tckn"],
  ["tckn hatalı", "tckn"],
  ["hayır, mail adresi yanlış", "email"],
];

describe("the field named at the summary's confirmation (gerçek)", () => {
  for (const [typed, field] of gercekCases)
    it(`'${typed}' → ${field}`, async () => {
      const { chat } = await setup();
      expect(await sayAll(chat, gercekAnswers)).toContain("onaylıyor musunuz");
      const answer = await chat.say(typed);
      expect(answer).toContain(question[field]);
    });
});

describe("English names of the fields", () => {
  const answers = [
    "application",
    "legal",
    "3230512384",
    "Ornek Bilisim A.S.",
    "yes",
    "Ayse Yilmaz",
    "10000000146",
    "info@ornek.com.tr",
    "0532 123 45 67",
    "smart card",
    "Ataturk Cad. No: 1 Cankaya Ankara",
  ];
  for (const [typed, re] of [
    ["no, the email address is wrong", /e-?mail/i],
    ["no, the mail address is wrong", /e-?mail/i],
    ["the delivery address is wrong", /address/i],
    ["the phone number is wrong", /mobile|phone/i],
  ] as const)
    it(`'${typed}'`, async () => {
      const { chat } = await setup({ locale: "en" });
      expect(await sayAll(chat, answers)).toMatch(/confirm/i);
      expect(await chat.say(typed)).toMatch(re);
    });
});
