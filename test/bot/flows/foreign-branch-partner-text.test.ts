/**
 * A foreign company's Turkish branch told at the menu ("Alman şirketinin Türkiye şubesiyiz, başvuru
 * yapmak istiyoruz") was answered with the foreign-partner text (info.r9_foreign_partner, "Yabancı
 * ortağı olan bir şirket…") before the branch text: the branch named no partner. The branch text
 * alone is said, with the GİB address for a branch whose representatives are all foreign (R9.1),
 * then the application goes on as a tüzel kişi's (the VKN question).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("a foreign company's branch at the menu", () => {
  it.each([
    "Alman şirketinin Türkiye şubesiyiz, başvuru yapmak istiyoruz",
    "Alman sirketinin Turkiye subesiyiz basvuru yapmak istiyoruz",
    "yabancı bir firmanın Türkiye şubesiyiz, mali mühür almak istiyoruz",
    "Fransız bir firmanın İstanbul şubesiyiz",
  ])("'%s': the branch text without the foreign-partner text", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(/Yabancı ortağı olan/);
    expect(answer).toMatch(/Türkiye'de tescilli şubesi de kendi VKN'si/);
    expect(answer).toMatch(/Dışkapı\/ANKARA/);
    expect(answer).toMatch(/VKN'sini/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("We are the Turkish branch of a German company and want to apply");
    expect(answer).not.toMatch(/company with a foreign partner/);
    expect(answer).toMatch(/branch registered in Turkey/);
    expect(answer).toMatch(/Dışkapı\/ANKARA/);
  });

  it("a foreign partner without a branch still gets the foreign-partner text", async () => {
    const { chat } = await setup();
    const answer = await chat.say("yabancı ortaklı limited şirketiz başvuru yapmak istiyoruz");
    expect(answer).toMatch(/Yabancı ortağı olan/);
  });
});
