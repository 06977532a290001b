/**
 * A hedged yes at the application's summary ("tamam da", "olur da", "evet ama", "ok but"): before,
 * "tamam da" ("okay, but …") submitted the application and "evet ama" got "Lütfen seçeneklerden
 * birini seçin". Nothing is submitted on a hedge; the bot says so and what may be typed (a question,
 * a correction, yes or no), then the summary again; a plain yes submits.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a hedged yes at the summary", () => {
  it.each(["tamam da", "olur da", "evet ama", "tamam ama bir dakika"])(
    "%s: nothing submitted",
    async (hedge) => {
      const { chat } = await setup();
      await sayAll(chat, tuzelCardAnswers);
      const reply = await chat.say(hedge);
      expect(reply).not.toMatch(/Sipariş numaranız/);
      expect(reply).toMatch(/henüz göndermedim/);
      expect(reply).toMatch(/onaylıyor musunuz\?/);
      expect(await chat.say("evet")).toMatch(/Sipariş numaranız/);
    },
  );

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [
      ...legalAnswersToEmailEn,
      "jane@example.com",
      "0532 123 45 67",
      "smart card",
      "Ataturk Cad. No: 1 Cankaya Ankara",
    ]);
    const reply = await chat.say("ok but");
    expect(reply).toMatch(/not sent your application yet/);
    expect(reply).not.toMatch(/order number/i);
  });

  it("'tamam' alone still confirms", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("tamam")).toMatch(/Sipariş numaranız/);
  });
});
