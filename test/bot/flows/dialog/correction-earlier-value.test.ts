/**
 * A correction typed at a later question that carries the earlier field's new value ("pardon yanlış
 * yazdım, 45678912316 olacak" at the name question, "aslında e-posta farklı olsun x@y" at the phone
 * question): the field the value names is changed, said so, and the current question asked again.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../../harness.ts";

const gercekToName = ["başvuru", "gerçek kişiyim", "34567891238"];
const toPhone = [...tuzelAnswersToEmail, "bilgi@ornek.com.tr"];
const restFromPhone = ["0532 123 45 67", "akıllı kart", "Atatürk Cad. No: 1 Çankaya Ankara"];

describe("an earlier field corrected with its new value at a later question", () => {
  for (const message of [
    "pardon yanlis yazdim, 45678912316 olacak",
    "pardon tc yi yanlış yazdım 45678912316",
    "aslında TC kimlik numaram 45678912316 olmalı",
    "hatali girmisim dogrusu 45678912316",
  ])
    it(`a TCKN at the name question: '${message}'`, async () => {
      const { chat } = await setup();
      await sayAll(chat, gercekToName);
      const answer = await chat.say(message);
      expect(answer).not.toContain("iade edilmez");
      expect(answer).toContain("45*******16");
      expect(answer).toContain("ad soyad");
      const summary = await sayAll(chat, [
        "Hasan Kaya",
        "kendim",
        "45678912316",
        "hasan@gmail.com",
        ...restFromPhone,
      ]);
      expect(summary).toContain("TCKN: 45*******16");
      expect(summary).not.toContain("34*******38");
    });

  for (const message of [
    "aslinda eposta farkli olsun muhasebe@ornek.com.tr",
    "e-postayı yanlış yazdım muhasebe@ornek.com.tr olacak",
    "pardon mail adresi muhasebe@ornek.com.tr olsun",
    "yanlis oldu muhasebe@ornek.com.tr",
  ])
    it(`an e-mail at the phone question: '${message}'`, async () => {
      const { chat, world } = await setup();
      await sayAll(chat, toPhone);
      const answer = await chat.say(message);
      expect(answer).not.toContain("geçerli bir Türkiye cep telefonu");
      expect(answer).toContain("m***@ornek.com.tr");
      expect(answer).toContain("Cep telefonu numaranızı");
      await sayAll(chat, [...restFromPhone, "evet"]);
      expect(world.submissions[0]).toMatchObject({ email: "muhasebe@ornek.com.tr", phone: "+905321234567" });
    });

  it("a VKN at the unvan question: 'pardon yanlis yazdim vkn 6180884538 olacak'", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
    const answer = await chat.say("pardon yanlis yazdim vkn 6180884538 olacak");
    expect(answer).toContain("61******38");
    expect(answer).toContain("Firmanın unvanını");
    const summary = await sayAll(chat, [
      "Örnek Bilişim A.Ş.",
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
      ...restFromPhone,
    ]);
    expect(summary).toContain("VKN: 61******38");
  });

  it("in English at the phone question: 'sorry I typed the email wrong, it's john.smith@acme.com.tr'", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [...legalAnswersToEmailEn, "jane@example.com"]);
    const answer = await chat.say("sorry I typed the email wrong, it's john.smith@acme.com.tr");
    expect(answer).not.toMatch(/not a valid Turkish mobile/i);
    expect(answer).toContain("j***@acme.com.tr");
    expect(answer).toMatch(/mobile/i);
  });

  it("a value the current question takes is its answer, not a correction", async () => {
    const { chat } = await setup();
    await sayAll(chat, toPhone);
    expect(await chat.say("pardon 0532 765 43 21 olacak")).toContain("akıllı kart üzerinde mi");
  });

  it("the signatory's TCKN at its own question, with a marker, is its answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail.slice(0, 5));
    expect(await chat.say("pardon, 10000000146 olacak")).toContain("e-posta");
  });

  it("an invalid value is no correction: the e-mail stays", async () => {
    const { chat } = await setup();
    await sayAll(chat, toPhone);
    const answer = await chat.say("pardon e-posta yanlış muhasebe@ olacak");
    expect(answer).not.toContain("Düzelttim");
  });
});
