/**
 * Customer tester: at the unvan question "unvanımızı bilmiyorum muhasebeciye sormam lazım" got
 * "Bu bir firma unvanı gibi görünmüyor" (the sentence refusal): not knowing the unvan is said
 * anywhere in the message, not only at its start ("bilmiyorum"), so it gets where the unvan is
 * written (title_problem.unknown) and the same question; nothing is stored. An unvan holding such a
 * word beside its legal form is still an unvan.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

async function atTitle() {
  const { chat } = await setup();
  await sayAll(chat, tuzelCardAnswers.slice(0, 3));
  return chat;
}

describe("not knowing the unvan, said at its question", () => {
  it.each([
    "unvanımızı bilmiyorum muhasebeciye sormam lazım",
    "tam unvanı hatırlamıyorum",
    "şirketin tam adından emin değilim, muhasebeciye sorup yazarım",
    "muhasebeciye sormam lazım",
  ])("'%s' is told where the unvan is written, asked again, nothing stored", async (text) => {
    const chat = await atTitle();
    const answer = await chat.say(text);
    expect(answer).toContain("vergi levhasında ve ticaret sicili kaydında yazan tam adıdır");
    // the same question again: a real unvan is taken next
    const next = await chat.say("Örnek Bilişim Anonim Şirketi");
    expect(next).not.toContain("vergi levhasında ve ticaret sicili kaydında");
    const summary = await sayAll(chat, tuzelCardAnswers.slice(4));
    expect(summary).toContain("Unvan: ÖRNEK BİLİŞİM ANONİM ŞİRKETİ\n");
  });

  it("an unvan with its legal form is stored even beside such a word", async () => {
    const chat = await atTitle();
    await chat.say("Bilgi Öğrenim Hizmetleri Ticaret A.Ş.");
    const summary = await sayAll(chat, tuzelCardAnswers.slice(4));
    expect(summary).toContain("Unvan: BİLGİ ÖĞRENİM HİZMETLERİ TİCARET A.Ş.\n");
  });

  it("EN: 'not sure of the exact name, I need to ask our accountant' is told where the unvan is written", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn.slice(0, 3));
    expect(await chat.say("not sure of the exact name, I need to ask our accountant")).toContain(
      "full name as written on its tax certificate",
    );
  });
});
