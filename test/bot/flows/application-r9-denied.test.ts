/**
 * Question 1 of the application (interfaces §4): a firm that says it is NOT an R9.1 case ("adi
 * ortaklık değiliz, anonim şirketiz") or has no foreign partner ("tüzel kişiyiz, yabancı ortağımız
 * yok") is a tüzel kişi: the KVKK notice and the VKN question, never the R9 answer or the
 * foreign-partner text (tester replays r9-olumsuz-adi-ortaklik, r9-olumsuz-ascii-tek-mesaj,
 * tuzel-yabanci-ortak-yok). A positive R9 statement is still refused.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const refused = /çevrim içi başvuru yapılamaz/;
const partnerText = /Yabancı ortağı olan bir şirket/;
const vknAsked = /Firmanızın VKN'sini/;
const kvkk = /KVKK aydınlatma metni/;

describe("a denied R9 case at question 1", () => {
  for (const text of [
    "adi ortaklık değiliz, anonim şirketiz",
    "adi ortaklik degiliz limited sirketiz",
    "anonim şirketiz, adi ortaklık falan değil",
    "kooperatif değiliz, limited şirketiz",
    "fon değiliz biz anonim şirketiz",
    "OSB degiliz, limited sirketiz",
    "kollektif şirket değiliz, anonim şirketiz",
    "%100 yabancı değiliz, limited şirketiz",
    "adi ortaklık olmayan bir limited şirketiz",
  ])
    it(`"${text}": tüzel, on to the VKN`, async () => {
      const { chat } = await setup();
      await chat.say("basvuru");
      const answer = await chat.say(text);
      expect(answer).not.toMatch(refused);
      expect(answer).toMatch(kvkk);
      expect(answer).toMatch(vknAsked);
    });

  for (const text of [
    "adi ortaklik degiliz limited sirketiz basvuru yapmak istiyoruz",
    "Kooperatif değiliz, anonim şirketiz; başvuru yapmak istiyoruz",
    "limited şirketiz, adi ortaklık değiliz, mali mühür başvurusu yapacağız",
  ])
    it(`in the opening message: "${text}"`, async () => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).not.toMatch(refused);
      expect(answer).toMatch(kvkk);
      expect(answer).toMatch(vknAsked);
    });

  it("en: not an ordinary partnership, a limited company", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("apply");
    const answer = await chat.say("we are not an ordinary partnership, we are a limited company");
    expect(answer).not.toMatch(/in writing/i);
    expect(answer).toMatch(/VKN/);
  });

  for (const text of ["adi ortaklığız", "biz bir kooperatifiz", "adi ortaklık değil, kooperatifiz"])
    it(`a positive R9 statement is still refused: "${text}"`, async () => {
      const { chat } = await setup();
      await chat.say("basvuru");
      expect(await chat.say(text)).toMatch(refused);
    });
});

describe("a denied foreign partner at question 1", () => {
  for (const text of [
    "tüzel kişiyiz, yabancı ortağımız yok",
    "tuzel kisiyiz yabanci ortagimiz yok",
    "yabancı ortağımız bulunmuyor, tüzel kişiyiz",
    "limited şirketiz, yabancı ortak yok",
    "anonim şirketiz yabancı ortaklı değiliz",
  ])
    it(`"${text}": tüzel, on to the VKN`, async () => {
      const { chat } = await setup();
      await chat.say("basvuru");
      const answer = await chat.say(text);
      expect(answer).not.toMatch(partnerText);
      expect(answer).toMatch(kvkk);
      expect(answer).toMatch(vknAsked);
    });

  it("the denial alone: no foreign-partner text, question 1 again", async () => {
    const { chat } = await setup();
    await chat.say("basvuru");
    const answer = await chat.say("yabancı ortağımız yok");
    expect(answer).not.toMatch(partnerText);
    expect(answer).not.toMatch(refused);
    expect(answer).toMatch(/tüzel kişi adına mı/);
  });

  it("in the opening message: no foreign-partner text", async () => {
    const { chat } = await setup();
    const answer = await chat.say("yabancı ortağımız yok, tüzel kişi olarak başvuru yapmak istiyoruz");
    expect(answer).not.toMatch(partnerText);
    expect(answer).toMatch(vknAsked);
  });

  it("en: legal entity, no foreign partners", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("apply");
    const answer = await chat.say("legal entity, no foreign partners");
    expect(answer).not.toMatch(/foreign partner can apply/i);
    expect(answer).toMatch(/VKN/);
  });

  it("a foreign partner told still gets its text", async () => {
    const { chat } = await setup();
    await chat.say("basvuru");
    expect(await chat.say("yabancı ortağımız var")).toMatch(partnerText);
  });
});
