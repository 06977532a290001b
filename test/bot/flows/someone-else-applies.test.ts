/**
 * Whether someone else (the accountant, an employee) may apply or be named, asked in the application:
 * "muhasebeci başvurabilir mi" at the signatory's name got "Bu bir ad soyad değil". Answered with who
 * the question asks for (the signatory of the imza sirküleri), who gets the card and who may receive
 * it instead (R3.3.1, R3.3.2), and that no rule on who fills the form is known (the call centre);
 * then the same question, and a name typed next is the answer.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toSignerTr = tuzelCardAnswers.slice(0, 4);
const toSignerEn = legalAnswersToEmailEn.slice(0, 4);

describe("someone else applying, asked", () => {
  it.each([
    "muhasebeci başvurabilir mi",
    "mali müşavirimiz başvuru yapabilir mi?",
    "başvuruyu çalışanımız doldurabilir mi",
    "muhasebeciyi imza yetkilisi olarak yazsam olur mu",
    "muhasebecimiz adina basvurabilir mi",
  ])("tr, at the signatory's name: %s", async (question) => {
    const { chat } = await setup();
    await sayAll(chat, toSignerTr);
    const reply = await chat.say(question);
    expect(reply).toMatch(/imza sirkülerinde/);
    expect(reply).toMatch(/444 5 576/);
    expect(reply).not.toMatch(/ad soyad değil/);
    expect(reply).toMatch(/mza yetkilisinin adını/);
    expect(await chat.say("Ayşe Yılmaz")).toMatch(/TCKN/);
  });

  it("tr, at the unvan question", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 3));
    const reply = await chat.say("muhasebeci başvurabilir mi");
    expect(reply).toMatch(/imza sirkülerinde/);
    expect(reply).toMatch(/Firmanın unvanını/);
  });

  it.each(["can our accountant apply for us?", "can someone else fill this in?"])(
    "en, at the signatory's name: %s",
    async (question) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, toSignerEn);
      const reply = await chat.say(question);
      expect(reply).toMatch(/imza sirküleri/);
      expect(reply).not.toMatch(/not a name/);
      expect(reply).toMatch(/signatory's first name/);
    },
  );

  it("a name is still the answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, toSignerTr);
    expect(await chat.say("Muhasebeci Ali Yılmaz")).not.toMatch(/imza sirkülerinde/);
  });
});
