/**
 * Two side questions in one message at a question of the application dialog ("fiyat ne kadar ve
 * kaç günde gelir") get both answers, then the question again.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../../harness.ts";

describe("two side questions in one message", () => {
  it("at the e-mail question: the prices and the production time, then the e-mail question", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const answer = await chat.say("fiyat ne kadar ve kaç günde gelir");
    expect(answer).toContain("Güncel fiyatlar");
    expect(answer).toContain("Üretim, ödemeniz hesabımıza ulaştığında başlar");
    expect(answer).toContain("e-posta adresinizi yazın");
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn);
    const answer = await chat.say("how much is it and how long does it take");
    expect(answer).toMatch(/prices/i);
    expect(answer).toMatch(/production/i);
    expect(answer).toMatch(/e-mail address/i);
  });
});
