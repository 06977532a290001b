/**
 * A question whether one may apply, asked at the menu, started the application without an answer:
 * "muhasebeci başvurabilir mi", "can our accountant apply for us?" got "tüzel kişi mi gerçek kişi
 * mi"; "yabancı şirketin Türkiye şubesiyiz başvurabilir miyiz", "we are the Turkish branch of a
 * German company, can we apply?" got the branch text and then the VKN question, where "ok thanks"
 * was taken for a VKN. The question is answered (app.side.someone_else: the signatory of the imza
 * sirküleri; app.foreign_branch_alone: online as a tüzel kişi with its own VKN, R9.1 when all its
 * representatives are foreign) and the application offered: the button or a plain yes starts it,
 * a thanks does not. A branch told in order to apply still starts the application.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

const personTypeTr = /tüzel kişi adına mı yoksa gerçek kişi adına mı/;
const personTypeEn = /legal person \(tüzel kişi\) or a real person/;

describe("someone else applying, asked at the menu", () => {
  it.each([
    "muhasebeci başvurabilir mi",
    "mali müşavirimiz başvuru yapabilir mi",
    "mali musavirimiz basvuru yapabilir mi",
    "muhasebecimiz bizim adımıza başvurabilir mi?",
    "calisanimiz basvuruyu doldurabilir mi",
    "sekreterimiz basvuru yapsa olur mu",
    "başvuruyu muhasebecimiz yapsa olur mu",
    "muhasebecimiz basvuru yapabilirmi",
  ])("tr: %s", async (text) => {
    const { chat } = await setup();
    const reply = await chat.say(text);
    expect(reply).toMatch(/imza sirkülerinde/);
    expect(reply).not.toMatch(personTypeTr);
    expect(chat.buttons()).toContain("Başvuru");
    expect(await chat.say("evet")).toMatch(personTypeTr);
  });

  it.each(["can our accountant apply for us?", "can an employee fill in the application for the company?"])(
    "en: %s",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      const reply = await chat.say(text);
      expect(reply).toMatch(/imza sirküleri/);
      expect(reply).not.toMatch(personTypeEn);
      expect(await chat.say("yes please")).toMatch(personTypeEn);
    },
  );

  it("an application the accountant made, told, is no such question", async () => {
    const { chat } = await setup();
    const reply = await chat.say("muhasebecimiz başvuru yaptı, ödeme nasıl yapılır");
    expect(reply).not.toMatch(/imza sirkülerinde/);
  });

  it("the offered button starts the application", async () => {
    const { chat } = await setup();
    await chat.say("muhasebeci başvurabilir mi");
    expect(await chat.press("Başvuru")).toMatch(personTypeTr);
  });
});

describe("a foreign company's branch asking whether it may apply", () => {
  it.each([
    "yabancı şirketin Türkiye şubesiyiz başvurabilir miyiz",
    "yabanci sirketin turkiye subesiyiz basvurabilirmiyiz",
    "Alman şirketinin Türkiye şubesiyiz, mali mühür alabilir miyiz?",
    "Fransız bir firmanın İstanbul şubesiyiz biz de başvuru yapabilir miyiz",
  ])("tr: %s", async (text) => {
    const { chat } = await setup();
    const reply = await chat.say(text);
    expect(reply).toMatch(/Türkiye'de tescilli şubesi de kendi VKN'si/);
    expect(reply).not.toMatch(/VKN'sini \(10 haneli/);
    expect(reply).not.toMatch(/KVKK/);
    expect(chat.buttons()).toContain("Başvuru");
    const thanks = await chat.say("tamam teşekkürler");
    expect(thanks).not.toMatch(/VKN/);
    expect(thanks).not.toMatch(personTypeTr);
  });

  it("en: the answer, then 'ok thanks' is thanks, and 'yes' starts", async () => {
    const { chat } = await setup({ locale: "en" });
    const reply = await chat.say("we are the Turkish branch of a German company, can we apply?");
    expect(reply).toMatch(/branch registered in Turkey can also apply online/);
    expect(reply).not.toMatch(/10-digit/);
    expect(await chat.say("ok thanks")).not.toMatch(/VKN/);
    await chat.say("we are the Turkish branch of a foreign company, are we allowed to apply");
    expect(await chat.say("yes")).toMatch(personTypeEn);
  });

  it("told in order to apply, the application still starts at the VKN", async () => {
    const { chat } = await setup();
    const reply = await chat.say("Alman şirketinin Türkiye şubesiyiz, başvuru yapmak istiyoruz");
    expect(reply).toMatch(/VKN'sini/);
  });
});
