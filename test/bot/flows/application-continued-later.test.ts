/**
 * The customer pausing at an application's field question ("tamam teşekkürler sonra yazarım",
 * "şimdi müsait değilim sonra devam ederiz", "ok thanks, I'll continue later"): before, the field's
 * format error came ("VKN 10 haneli"). Acknowledged (the answers so far stay; typing the answer
 * later goes on), then the question again. At the summary "tamam" keeps its meaning (a yes).
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const pausesTr = [
  "tamam teşekkürler sonra yazarım",
  "şimdi müsait değilim sonra devam ederiz",
  "sonra dönerim",
  "su an elimde degil, daha sonra yazarim",
  "tamam sağolun, yarın devam ederim",
];

describe("an application paused at a field question", () => {
  it.each([
    [2, /VKN/],
    [3, /unvan/],
    [4, /mza yetkilisinin adını/],
    [6, /e-posta/i],
    [7, /cep telefonu/i],
    [9, /adres/i],
  ])("tr, after %i answers", async (answered, question) => {
    for (const pause of pausesTr) {
      const { chat } = await setup();
      await sayAll(chat, tuzelCardAnswers.slice(0, answered));
      const reply = await chat.say(pause);
      expect(reply, pause).toMatch(/yanıtlarınız duruyor/);
      expect(reply, pause).toMatch(question);
      expect(reply, pause).not.toMatch(/sayıdır|geçerli|değil\b|görünmüyor/);
    }
  });

  it("tr, the answer typed next goes on", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 2));
    await chat.say("tamam teşekkürler sonra yazarım");
    expect(await chat.say("3230512384")).toMatch(/unvan/);
  });

  it.each(["ok thanks, I'll continue later", "I'm busy right now, I'll come back later", "not now"])(
    "en: %s",
    async (pause) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, legalAnswersToEmailEn.slice(0, 2));
      const reply = await chat.say(pause);
      expect(reply).toMatch(/answers so far are kept/);
      expect(reply).not.toMatch(/10 digits/);
    },
  );

  it("a question about later stays the field question's answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 2));
    expect(await chat.say("VKN'yi sonra yazsam olur mu?")).toMatch(/tamamlanamaz/);
  });
});
