/**
 * A foreign number asked at the mobile question ("yabancı numara olur mu", "yurt dışı hattı yazabilir
 * miyim", "can I give a foreign mobile number?"): before, "yabancı" was read as a foreign signatory,
 * the application went back to the signatory's name and refused the number typed next as a name.
 * The question takes a Turkish mobile (interfaces §4, question 7): said, with the call centre, and
 * the question asked again; the mobile typed next is taken. A foreign signatory told is still his.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("a foreign number asked at the mobile question", () => {
  it.each(["yabancı numara olur mu", "yurt dışı hattı yazabilir miyim", "yabanci bir cep numarasi versem"])(
    "%s",
    async (question) => {
      const { chat } = await setup();
      await sayAll(chat, [...tuzelAnswersToEmail, "bilgi@ornek.com.tr"]);
      const reply = await chat.say(question);
      expect(reply).toMatch(/Türkiye'deki bir cep telefonu numarası gerekir/);
      expect(reply).not.toMatch(/İmza yetkilisinin adını/);
      expect(reply).toMatch(/Cep telefonu numaranızı yazın/);
      expect(await chat.say("0532 123 45 67")).toMatch(/akıllı kart üzerinde mi/);
    },
  );

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [...legalAnswersToEmailEn, "jane@example.com"]);
    const reply = await chat.say("can I give a foreign mobile number?");
    expect(reply).toMatch(/needs a Turkish mobile number/);
    expect(await chat.say("0532 123 45 67")).toMatch(/smart card or on an HSM/);
  });

  it("a foreign signatory told there still goes back to the signatory", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    expect(await chat.say("yetkilimiz yabancı uyruklu, TC kimlik numarası yok")).toMatch(
      /İmza yetkilisinin adını/,
    );
  });
});
