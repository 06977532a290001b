/**
 * Whose e-mail or phone it should be, asked at those questions ("şirket maili mi kişisel mi", "kimin
 * telefonu", "whose email should it be?"): before, the call centre's contact text answered. What the
 * field is for, and that no rule is known but that it must stay reachable (codes go only to verified
 * contacts), with the call centre; then the question again.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../../harness.ts";

describe("whose contact, asked", () => {
  it.each([
    ["şirket maili mi kişisel mi", [], /Bildirimler için e-posta adresinizi/],
    ["kimin telefonu", ["bilgi@ornek.com.tr"], /Cep telefonu numaranızı/],
    ["iş telefonu mu olmalı kişisel mi", ["bilgi@ornek.com.tr"], /Cep telefonu numaranızı/],
  ] as const)("%s", async (question, before, again) => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelAnswersToEmail, ...before]);
    const reply = await chat.say(question);
    expect(reply).toMatch(/bir kural bilmiyorum/);
    expect(reply).not.toMatch(/Ofisimiz Çorlu/);
    expect(reply).toMatch(again);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn);
    const reply = await chat.say("whose email should it be?");
    expect(reply).toMatch(/no rule on whose address/);
    expect(reply).toMatch(/e-mail address for notifications/);
  });
});
