import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

/** A tüzel kişi's application up to the question `answered` answers in (2: the VKN, 5: the signatory's TCKN). */
async function at(answered: number) {
  const s = await setup();
  await sayAll(s.chat, tuzelCardAnswers.slice(0, answered));
  return s;
}

describe("R9.1 at the VKN question: the firm's type wins over the number in the same message", () => {
  it.each([
    "firmamız kooperatif, VKN'si 3230512384",
    "kooperatifiz vkn 3230512384",
    "adi ortaklık vergi no 3230512384",
  ])("%s → the R9 answer, no VKN taken", async (message) => {
    const { chat } = await at(2);
    const answer = await chat.say(message);
    expect(answer).toMatch(/çevrim içi başvuru yapılamaz/);
    expect(answer).not.toMatch(/unvan/i);
  });
});

describe("a foreign signatory without a TCKN is not stuck at the TCKN question", () => {
  it.each([
    "yetkilimiz yabancı uyruklu, TCKN'si yok",
    "imza yetkilisi yabancı, kimlik numarası yok",
    "TC kimlik numarası yok, pasaportu var",
    "yabanci uyruklu",
    "he is a foreign national, he has no TCKN",
  ])("%s → a Turkish representative signs; back to the signatory's name", async (message) => {
    const { chat } = await at(5);
    const answer = await chat.say(message);
    expect(answer).toMatch(/T\.C\. vatandaşı bir yetkilisi/);
    expect(answer).toMatch(/İmza yetkilisinin adını ve soyadını yazın/);
    expect(answer).not.toMatch(/11 haneli bir sayıdır/);
    // the new signatory's name, then the TCKN question again, then on to the e-mail
    await chat.say("Mehmet Demir");
    expect(await chat.say("10000000146")).toMatch(/e-posta/i);
  });

  it("all representatives foreign is R9.1 itself: the application stops with the R9 answer", async () => {
    const { chat } = await at(5);
    const answer = await chat.say("yetkililerimizin hepsi yabancı");
    expect(answer).toMatch(/çevrim içi başvuru yapılamaz/);
    expect(await chat.say("10000000146")).not.toMatch(/e-posta adresini/i);
  });

  it("a TCKN among words and a foreign-sounding name are still answers", async () => {
    const { chat } = await at(4);
    expect(await chat.say("John Smith")).toMatch(/TCKN/);
    expect(await chat.say("TCKN'si 10000000146")).toMatch(/e-posta/i);
  });

  it("'T.C. uyruklu' is no foreign signatory", async () => {
    const { chat } = await at(5);
    expect(await chat.say("T.C. uyruklu, TCKN 10000000146")).toMatch(/e-posta/i);
  });
});
