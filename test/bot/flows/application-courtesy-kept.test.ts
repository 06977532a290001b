/**
 * A bare thanks or goodbye at an application question ("teşekkürler", "sağol", "ok thanks, bye"):
 * before, a field question gave its format error ("VKN 10 haneli"), since only a pause with a
 * "later" or "not now" was read. Now a short acknowledgement that the answers are kept, and the
 * question again; an answer typed with thanks is still read as the answer.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const courtesyTr = [
  "teşekkürler",
  "tesekkurler",
  "sağol",
  "saol",
  "tamam teşekkür ederim",
  "çok teşekkürler",
  "eyvallah",
  "tamam sağolun iyi günler",
  "görüşürüz",
  "tşk",
];

describe("a bare thanks or goodbye at an application question", () => {
  it.each([
    [2, /VKN/],
    [3, /unvan/],
    [5, /TCKN/],
    [6, /e-posta/i],
    [7, /cep telefonu/i],
    [9, /adres/i],
  ])("tr, after %i answers", async (answered, question) => {
    for (const said of courtesyTr) {
      const { chat } = await setup();
      await sayAll(chat, tuzelCardAnswers.slice(0, answered));
      const reply = await chat.say(said);
      expect(reply, said).toMatch(/yanıtlarınız duruyor/);
      expect(reply, said).toMatch(question);
      expect(reply, said).not.toMatch(/sayıdır|geçerli|değil\b|görünmüyor/);
    }
  });

  it("tr, at the card-or-HSM question, and the choice typed next goes on", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    const reply = await chat.say("teşekkürler");
    expect(reply).toMatch(/yanıtlarınız duruyor/);
    expect(reply).toMatch(/akıllı kart üzerinde mi/);
    expect(await chat.say("kart")).toMatch(/teslimat adresini/);
  });

  it.each(["ok thanks, bye", "thanks", "thank you very much", "bye", "ok thank you, see you"])(
    "en: %s",
    async (said) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, legalAnswersToEmailEn.slice(0, 2));
      const reply = await chat.say(said);
      expect(reply).toMatch(/answers so far are kept/);
      expect(reply).not.toMatch(/10 digits/);
    },
  );

  it("an answer typed with thanks is the answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 6));
    expect(await chat.say("teşekkürler, bilgi@ornek.com.tr")).toMatch(/cep telefonu/i);
    expect(await chat.say("0532 123 45 67 teşekkürler")).toMatch(/akıllı kart üzerinde mi/);
  });

  it("at the summary a thanks submits nothing", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    await chat.say("teşekkürler");
    expect(world.submissions).toHaveLength(0);
  });
});
