/**
 * How to write the unvan, asked at the unvan question: "ltd şti diye kısa yazsam olur mu" held a
 * legal form, passed as the unvan and was stored (the next question came); "unvan sertifikada nasıl
 * görünecek" got "this looks like a question". The certificate holds the full unvan in Turkish
 * capitals (domain.md, CN=<full unvan>): said so, nothing stored, the question again; the unvan typed
 * next is the answer.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const toTitleTr = ["başvuru", "tüzel", "3230512384"];
const toTitleEn = ["apply", "legal person", "3230512384"];

describe("how to write the unvan, asked at its question", () => {
  it.each([
    ["ltd şti diye kısa yazsam olur mu", /tam haliyle/],
    ["Örnek A.Ş. yazsam yeterli mi?", /tam haliyle/],
    ["kisaltma kullanabilir miyim", /tam haliyle/],
    ["unvan sertifikada nasıl görünecek", /tam haliyle/],
    ["sertifikada firma adımız nasıl yazılacak", /tam haliyle/],
    ["büyük harfle mi yazayım", /büyük harflerle/],
    ["turkce karakter kullanabilir miyim", /Türkçe harfleriyle/],
  ])("tr: %s", async (question, answer) => {
    const { chat } = await setup();
    await sayAll(chat, toTitleTr);
    const reply = await chat.say(question);
    expect(reply).toMatch(answer);
    expect(reply).toMatch(/Firmanın unvanını/);
    expect(reply).not.toMatch(/mza yetkilisinin adını/);
    expect(await chat.say("Örnek Bilişim ve Danışmanlık Anonim Şirketi")).toMatch(/mza yetkilisinin adını/);
  });

  it.each([
    ["can I just write ltd", /appears in full/],
    ["is an abbreviation ok?", /appears in full/],
    ["how will the title appear on the certificate", /appears in full/],
    ["should I type it in capitals?", /Turkish capitals/],
  ])("en: %s", async (question, answer) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, toTitleEn);
    const reply = await chat.say(question);
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/signatory's first name/);
    expect(await chat.say("Örnek Bilişim Anonim Şirketi")).toMatch(/signatory's first name/);
  });

  it("an unvan with a legal form is still the answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, toTitleTr);
    expect(await chat.say("Mu Yazılım Ltd. Şti.")).toMatch(/mza yetkilisinin adını/);
  });
});
