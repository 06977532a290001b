/**
 * Customer tester (session 28): at a contact update's code question, after the new e-mail was typed,
 * "kod eski maile mi gelecek" (which contact the code goes to, asked as a yes/no question) left the
 * update. A contact named with a question particle beside the code's coming ("telefona mı gelecek",
 * "will it go to my old e-mail?") asks where the code went: part of the code question, answered
 * with where it went (the new contact), and the code typed next completes the update.
 */
import { describe, expect, it } from "vitest";
import { verifiedFirmA } from "../harness.ts";

async function atNewCode(locale: "tr" | "en", opening: string, kind: string, value: string) {
  const w = await verifiedFirmA(locale, opening);
  await w.chat.press(kind);
  await w.chat.say(value);
  return w;
}

describe("which contact the code goes to, asked at the new contact's code", () => {
  it.each(["kod eski maile mi gelecek", "kod kayıtlı adrese mi gitti", "yeni maile mi geliyor kod"])(
    "%j: where it went, the update kept",
    async (typed) => {
      const w = await atNewCode(
        "tr",
        "e-posta adresimi güncellemek istiyorum",
        "E-posta",
        "yeni@ornek.com.tr",
      );
      const answer = await w.chat.say(typed);
      expect(answer).toMatch(/yeni e-posta adres/);
      expect(answer).not.toMatch(/Merhaba!/);
      const done = await w.chat.say(w.world.lastCodeTo("yeni@ornek.com.tr")!);
      expect(done).toMatch(/güncellendi/i);
    },
  );

  it("'telefona mı gelecek kod' at the new number's code", async () => {
    const w = await atNewCode("tr", "telefonumu güncellemek istiyorum", "Telefon", "0533 222 11 00");
    const answer = await w.chat.say("kod eski telefona mı gelecek");
    expect(answer).toMatch(/yeni cep telefonunuza/);
    expect(await w.chat.say(w.world.lastCodeTo("+905332221100")!)).toMatch(/güncellendi/i);
  });

  it("English: 'will the code go to my old e-mail?'", async () => {
    const w = await atNewCode("en", "I want to update my e-mail address", "E-mail", "new@example.com");
    const answer = await w.chat.say("will the code go to my old e-mail?");
    expect(answer).toMatch(/new e-mail/i);
    expect(await w.chat.say(w.world.lastCodeTo("new@example.com")!)).toMatch(/updated/i);
  });
});
