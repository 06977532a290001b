/**
 * A chat question about a term of the application typed at its name or unvan question ("unvan ne
 * demek?", "VKN nedir", "imza yetkilisi kim olmalı?") was refused as a sentence (name_is_sentence,
 * title_problem.question) instead of answered: the glossary answered only at the menu. Now the
 * glossary answers it and the same question is asked again, nothing stored; the answer typed next
 * goes on as before. "imza yetkilisi kim olmalı?" and "TCKN nedir?" are glossary terms too, also at
 * the menu.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const toTitle = ["başvuru", "tüzel", "3230512384"];
const toSigner = [...toTitle, "Örnek Bilişim A.Ş."];
const toPersonName = ["başvuru", "gerçek", "10000000146"];

const unvanAnswer = /ticaret sicilinde kayıtlı tam adıdır/;
const vknAnswer = /10 haneli numaradır/;
const signerAnswer = /firmayı temsil etmeye ve firma adına imza atmaya yetkili/;
const tcknAnswer = /11 haneli numaradır/;

describe("a glossary question at an application's question", () => {
  it.each([
    [toTitle, "unvan ne demek?", unvanAnswer, /Firmanın unvanını/],
    [toTitle, "VKN nedir", vknAnswer, /Firmanın unvanını/],
    [toTitle, "unvanı nereden bulurum", unvanAnswer, /Firmanın unvanını/],
    [toSigner, "imza yetkilisi kim olmalı?", signerAnswer, /İmza yetkilisinin adını/],
    [toSigner, "imza yetkilisi kimdir", signerAnswer, /İmza yetkilisinin adını/],
    [toSigner, "unvan ne demek?", unvanAnswer, /İmza yetkilisinin adını/],
    [toPersonName, "unvan ne demek?", unvanAnswer, /Adınızı ve soyadınızı/],
    [toPersonName, "TCKN nedir?", tcknAnswer, /Adınızı ve soyadınızı/],
  ])("after %j, '%s' is answered and the question asked again", async (before, text, answer, question) => {
    const { chat } = await setup();
    await sayAll(chat, before);
    const said = await chat.say(text);
    expect(said).toMatch(answer);
    expect(said).toMatch(question);
    expect(said).not.toMatch(/cümleye benziyor|soru gibi görünüyor|yalnızca harflerle/);
  });

  it("the state is unchanged: the unvan typed next is stored and the dialog goes on", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toTitle);
    await chat.say("unvan ne demek?");
    expect(await chat.say("Örnek Bilişim A.Ş.")).toMatch(/İmza yetkilisinin adını/);
    await chat.say("imza yetkilisi kim olmalı?");
    const summary = await sayAll(chat, [
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
      "0532 123 45 67",
      "akıllı kart",
      "Atatürk Cad. No: 1 Çankaya Ankara",
    ]);
    expect(summary).toMatch(/ÖRNEK BİLİŞİM A\.Ş\./);
    expect(summary).toMatch(/İmza yetkilisi: Ayşe Yılmaz/);
    await chat.say("evet");
    expect(world.submissions.at(-1)?.title).toBe("Örnek Bilişim A.Ş.");
  });

  it("in English: 'what is a VKN?' at the unvan question", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, ["application", "legal", "3230512384"]);
    expect(await chat.say("what is a VKN?")).toMatch(/10-digit tax identification number/);
  });

  it.each([
    ["imza yetkilisi kim olmalı?", signerAnswer],
    ["TCKN nedir?", tcknAnswer],
  ])("'%s' at the menu is answered from the glossary", async (text, answer) => {
    const { chat } = await setup();
    expect(await chat.say(text)).toMatch(answer);
  });
});
