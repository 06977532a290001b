/**
 * The prices asked at the card-or-HSM question: "fiyat farkı ne kadar" got the R2.2/R2.3 advice
 * (the word "fark"), not the prices. The prices (R6.1, from configuration) answer it, then the
 * question again; a volume told beside the price question gets the advice too.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toMediumTr = tuzelCardAnswers.slice(0, 8);
const toMediumEn = [...legalAnswersToEmailEn, "jane@example.com", "0532 123 45 67"];

describe("the prices asked at the medium question", () => {
  it.each([
    "fiyat farkı ne kadar",
    "fiyat farki ne",
    "hangisi daha ucuz",
    "HSM daha mı pahalı",
    "ücretleri ne kadar",
    "kaç para tutar",
  ])("tr: %s", async (question) => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say(question);
    expect(reply).toMatch(/Güncel fiyatlar/);
    expect(reply).toMatch(/Akıllı kart: [\d.]+,\d\d TL/);
    expect(reply).not.toMatch(/saniyede en az 1000/);
    expect(reply).toMatch(/akıllı kart üzerinde mi, yoksa HSM'de mi/);
    expect(await chat.say("kart")).toMatch(/teslimat adresini/);
  });

  it("a volume beside the price question gets the advice and the prices", async () => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say("dakikada 200 fatura kesiyoruz, fiyatı ne kadar");
    expect(reply).toMatch(/HSM/);
    expect(reply).toMatch(/Güncel fiyatlar/);
  });

  it.each(["what's the price difference?", "how much is each?", "which one is cheaper"])(
    "en: %s",
    async (question) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, toMediumEn);
      const reply = await chat.say(question);
      expect(reply).toMatch(/Current prices/);
      expect(reply).not.toMatch(/at least 1000/);
    },
  );

  it("'hangisi?' still gets the advice", async () => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    expect(await chat.say("hangisi?")).toMatch(/saniyede en az 1000/);
  });
});
