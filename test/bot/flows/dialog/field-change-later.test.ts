/**
 * What happens if a field's value changes after the application, asked at an application's question
 * (bot/flows/dialog/field-question.ts, kind "change"): "bu mail sonra değişirse ne olacak" at the
 * e-mail question got "Bu geçerli bir e-posta adresi değil." Now the answer fits the field (e-mail and
 * phone are updated later with identity verification, R5.1; a VKN or unvan change needs a new mali
 * mühür, R5.2; an address is not in the certificate), nothing is stored, and the same question is
 * asked again. A message holding the new value, or asking to correct a field now, is not such a question.
 */
import { describe, expect, it } from "vitest";
import { type Chat, legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

const at = {
  vkn: tuzelCardAnswers.slice(0, 2),
  title: tuzelCardAnswers.slice(0, 3),
  email: tuzelCardAnswers.slice(0, 6),
  phone: tuzelCardAnswers.slice(0, 7),
  address: tuzelCardAnswers.slice(0, 9),
};

const question = {
  vkn: "Firmanızın VKN'sini",
  title: "Firmanın unvanını",
  email: "e-posta adresinizi yazın",
  phone: "Cep telefonu numaranızı yazın",
  address: "teslimat adresini yazın",
};

/** A piece of each answer. */
const answer = {
  contact: "kimlik doğrulaması",
  identity: "yeni bir mali mühür gerekir",
  address: "sertifikada adres yer almaz",
};

async function chatAt(where: keyof typeof at): Promise<Chat> {
  const { chat } = await setup();
  await sayAll(chat, at[where]);
  return chat;
}

describe("a field's later change, asked at its question: answered, then the same question", () => {
  const cases: [keyof typeof at, keyof typeof answer, string[]][] = [
    [
      "email",
      "contact",
      [
        "bu mail sonra değişirse ne olacak",
        "mail adresimiz ilerde degisirse sorun olur mu",
        "e-posta adresini sonradan değiştirebilir miyiz?",
        "muhasebeci değişince mail de değişecek, ne yapacağız",
        "bu adres degisirse napcaz",
      ],
    ],
    ["phone", "contact", ["numaram değişirse ne yaparım", "telefon no ilerde değişebilir, sorun olur mu?"]],
    ["vkn", "identity", ["vergi numaramız değişirse ne olur?"]],
    ["title", "identity", ["unvanımız ileride değişirse ne olacak", "şirket adı değişirse mühür ne olur"]],
    ["address", "address", ["adresimiz değişirse ne olur", "taşınırsak adres değişecek, sorun olur mu"]],
  ];
  for (const [where, key, messages] of cases)
    for (const message of messages)
      it(`${where}: ${message}`, async () => {
        const chat = await chatAt(where);
        const reply = await chat.say(message);
        expect(reply).toContain(answer[key]);
        expect(reply).toContain(question[where]);
        expect(reply).not.toMatch(/geçerli bir|Geçersiz|olarak okuyamadım|yeni başvuruya hemen/i);
      });
});

describe("in English", () => {
  it.each([
    "what if this email changes later?",
    "can we change the email afterwards",
    "what happens if our email address changes",
  ])("%s", async (message) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn);
    const reply = await chat.say(message);
    expect(reply).toContain("identity verification");
    expect(reply).toMatch(/e-mail address/i);
    expect(reply).not.toMatch(/not a valid/i);
  });
});

describe("still answers, never such a question", () => {
  it("a new address typed with change words is the answer", async () => {
    const chat = await chatAt("email");
    const reply = await chat.say("adresimiz değişti, yenisi muhasebe@ornek.com.tr");
    expect(reply).toContain("Cep telefonu numaranızı yazın");
  });

  it("nothing is stored: the application goes on from the e-mail question", async () => {
    const chat = await chatAt("email");
    await chat.say("bu mail sonra değişirse ne olacak");
    const reply = await sayAll(chat, [
      "bilgi@ornek.com.tr",
      "0532 123 45 67",
      "akıllı kart",
      "Atatürk Cad. No: 1 Çankaya Ankara",
    ]);
    expect(reply).toContain("b***@ornek.com.tr");
  });

  it("correcting an earlier field now is still the correction", async () => {
    const chat = await chatAt("phone");
    const reply = await chat.say("e-postayı değiştirmek istiyorum");
    expect(reply).toContain("e-posta adresinizi yazın");
    expect(reply).not.toContain(answer.contact);
  });
});
