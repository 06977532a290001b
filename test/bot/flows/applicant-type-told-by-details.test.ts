/**
 * Details given where the applicant's type is asked, or with the opening message: a valid VKN is a
 * tüzel kişi's and answers the VKN question too, a valid TCKN a gerçek kişi's; a company's legal
 * form is a tüzel kişi. The KVKK notice still comes before question 2.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("the applicant's type told by a number or a company form", () => {
  for (const message of ["vergi no 9876543217", "VKN'miz 9876543217", "9876543217", "vkn: 987 654 3217"])
    it(`a VKN at the type question: '${message}'`, async () => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const answer = await chat.say(message);
      expect(answer).not.toContain("seçeneklerden birini");
      expect(answer).toContain("KVKK");
      expect(answer.indexOf("KVKK")).toBeLessThan(answer.indexOf("unvan"));
      expect(answer).toContain("Firmanın unvanını");
    });

  for (const message of [
    "merhaba basvurmak istiyorum firma adina vkn 3230512384",
    "mali mühür başvurusu yapmak istiyoruz vergi numaramız 3230512384",
    "tüzel kişi olarak başvuru, vkn 3230512384",
  ])
    it(`the opening message with a VKN: '${message}'`, async () => {
      const { chat, world } = await setup();
      const answer = await chat.say(message);
      expect(answer).not.toContain("tüzel kişi adına mı yoksa gerçek kişi adına mı");
      expect(answer).toContain("KVKK");
      expect(answer).toContain("Firmanın unvanını");
      await sayAll(chat, [...tuzelCardAnswers.slice(tuzelCardAnswers.indexOf("3230512384") + 1), "evet"]);
      expect(world.submissions[0]).toMatchObject({ personType: "tuzel", idNumber: "3230512384" });
    });

  it("a TCKN at the type question is a gerçek kişi's, and the name is asked next", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say("tc kimlik no 45678912316");
    expect(answer).toContain("KVKK");
    expect(answer).toContain("ad soyad");
  });

  for (const message of [
    "sirketiz ltd",
    "biz limited sirketiz",
    "bilmiyorum ki hangisi oluyor biz limited sirketiz",
    "limited şirket",
    "ltd şti",
    "anonim şirketiz",
    "A.Ş.",
  ])
    it(`a company form at the type question: '${message}'`, async () => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const answer = await chat.say(message);
      expect(answer).not.toContain("unvanı değiştiyse");
      expect(answer).not.toContain("seçeneklerden birini");
      expect(answer).toContain("KVKK");
      expect(answer).toContain("VKN");
    });

  it("'şahıs şirketiyiz' stays a gerçek kişi", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("şahıs şirketiyiz")).toContain("T.C. kimlik");
  });

  it("an invalid number at the type question chooses nothing", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("vergi no 1234567891")).not.toContain("KVKK");
  });

  it("'tüzel' typed with the VKN takes both", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("tüzel, vkn 3230512384")).toContain("Firmanın unvanını");
  });
});
