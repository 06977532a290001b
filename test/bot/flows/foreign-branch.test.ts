/**
 * A foreign company's Turkish branch ("Alman şirketinin Türkiye şubesiyiz", "yabancı firmanın
 * Türkiye şubesi") was asked back between R9 ("Kimler çevrim içi başvuramaz?") and the application.
 * R9.1 keeps from the online application the firms whose representatives are foreign (100 %
 * foreign-owned); a branch registered in Turkey has its own VKN and its own representative, so it
 * applies online as a tüzel kişi with a representative who has a TCKN, and goes to GİB in writing
 * only when all its representatives are foreign. At the menu and at question 1 that is said and
 * the application goes on as a tüzel kişi's (the branch is one: question 1 is answered; it was
 * asked again until session 20); all representatives foreign stays R9.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const branchAnswer = /Türkiye'de tescilli şubesi de kendi VKN'si/;

describe("a foreign company's branch in Turkey", () => {
  it.each([
    "Alman şirketinin Türkiye şubesiyiz",
    "yabancı firmanın Türkiye şubesi",
    "yabancı bir firmanın Türkiye şubesiyiz, mali mühür almak istiyoruz",
    "Türkiye şubesiyiz, merkezimiz Almanya'da",
    "Fransız bir firmanın İstanbul şubesiyiz",
  ])("at the menu, '%s': how a branch applies, and the application starts", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(/Şunu mu demek istediniz/);
    expect(answer).toMatch(branchAnswer);
    expect(answer).toMatch(/tamamı yabancıysa/);
    expect(answer).not.toMatch(/tüzel kişi adına mı yoksa gerçek kişi adına mı/);
    expect(answer).toMatch(/KVKK/);
    expect(answer).toMatch(/VKN'sini/);
  });

  it("at question 1: the same, as its answer tüzel kişi, without the foreign-partner text", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say("Alman şirketinin Türkiye şubesiyiz");
    expect(answer).toMatch(branchAnswer);
    expect(answer).not.toMatch(/Yabancı ortağı olan/);
    expect(answer).not.toMatch(/tüzel kişi adına mı yoksa gerçek kişi adına mı/);
    expect(answer).toMatch(/VKN'sini/);
    expect(await chat.say("3230512384")).toMatch(/unvan/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("we are the Turkish branch of a German company");
    expect(answer).toMatch(/branch registered in Turkey can also apply online/);
    expect(answer).not.toMatch(/Did you mean/i);
  });

  it("a branch whose representatives are all foreign is R9.1", async () => {
    const { chat } = await setup();
    const answer = await chat.say("yabancı firmanın Türkiye şubesiyiz, yetkililerimizin hepsi yabancı");
    expect(answer).toMatch(/çevrim içi başvuru yapılamaz/);
    expect(answer).not.toMatch(branchAnswer);
  });
});
