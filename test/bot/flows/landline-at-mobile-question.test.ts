/**
 * A landline offered or asked at the mobile question ("sabit hat yazsam olur mu", "can I give our
 * office landline?"): before, the Turkish question got the call centre's contact text ("Çağrı
 * merkezimiz: 444 5 576 … Ofisimiz Çorlu") and nothing about the question. The application's question
 * 7 takes a Turkish mobile (interfaces §4): the bot says so and asks again; nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("a landline at the mobile question: a mobile is needed, the question again", () => {
  it.each([
    ["tr", "sabit hat yazsam olur mu"],
    ["tr", "ofis telefonumuzu versek olur mu?"],
    ["tr", "cep telefonumuz yok, sabit numara verebilir miyiz"],
    ["en", "can I give our office landline?"],
    ["en", "we don't have a mobile, only a desk phone"],
  ] as const)("%s: %s", async (locale, message) => {
    const { chat } = await setup({ locale });
    await sayAll(chat, [
      ...(locale === "tr" ? tuzelAnswersToEmail : legalAnswersToEmailEn),
      "bilgi@ornek.com.tr",
    ]);
    const reply = await chat.say(message);
    expect(reply).toMatch(/cep telefonu numarası yazmanız gerekiyor|needs a mobile number/);
    expect(reply).toMatch(/Cep telefonu numaranızı yazın|Please type your mobile number/);
    expect(reply).not.toMatch(/Çorlu/);
    expect(await chat.say("0532 123 45 67")).toMatch(/akıllı kart|smart card/);
  });
});
