/**
 * What comes to the mobile, asked at the application's cep telefonu question ("telefona ne
 * gelecek", "bu numaraya ne gönderilecek", "what will you send to this phone?"): before, the call
 * centre's contact text came. Answered with what the mobile is for (the verification codes), then
 * the question again.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("what the mobile is used for, asked at its question", () => {
  it.each([
    "telefona ne gelecek",
    "bu numaraya ne gönderilecek?",
    "telefonuma ne gelir",
    "cep telefonuma ne gönderiyorsunuz",
  ])("tr: %s", async (q) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 7));
    const reply = await chat.say(q);
    expect(reply).toMatch(/doğrulama kodu/);
    expect(reply).toMatch(/cep telefonu/i);
    expect(await chat.say("0532 123 45 67")).toMatch(/akıllı kart|HSM/i);
  });

  it.each(["what will you send to this phone?", "what do you send to my mobile?"])("en: %s", async (q) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [...legalAnswersToEmailEn, "jane@example.com"]);
    const reply = await chat.say(q);
    expect(reply).toMatch(/verification code/);
  });
});
