/**
 * The applicant type said in the first message was asked again ("tüzel kişi başvurusu", "slm mali
 * muhur almak istiyoruz sirketimiz icin, tuzel kisiyiz", "I want to apply as an individual"), "sahis
 * sirketi olarak basvuru" got the R5.2 VKN/unvan change text (a şahıs şirketi applies as a gerçek
 * kişi, R3.1), and "I am a real person" at the menu went to an agent. The application starts with
 * the type taken: the KVKK notice first (interfaces.md §4), then the question after the type.
 * Talking to a real person stays a hand-off.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("the applicant type told in the first message", () => {
  it.each([
    "tüzel kişi başvurusu",
    "tuzel kisi basvurusu",
    "slm mali muhur almak istiyoruz sirketimiz icin, tuzel kisiyiz",
    "tüzel kişi olarak başvuru yapmak istiyoruz",
    "Tüzel kişiyiz, mali mühür başvurusu yapacağız",
  ])("'%s': KVKK, then the VKN", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(/tüzel kişi adına mı yoksa gerçek kişi adına mı/);
    expect(answer).toMatch(/KVKK/);
    expect(answer.indexOf("KVKK")).toBeLessThan(answer.lastIndexOf("VKN"));
    expect(answer).toMatch(/VKN'?sini|VKN/);
    expect(answer).not.toMatch(/TCKN'nizi/);
  });

  it.each([
    "gerçek kişi olarak başvuru yapmak istiyorum",
    "gercek kisi olarak basvuru yapmak istiyorum",
    "sahis sirketi olarak basvuru",
    "şahıs şirketi olarak başvuru yapacağım",
  ])("'%s': KVKK, then the TCKN", async (text) => {
    const { chat, handoff } = await setup();
    const answer = await chat.say(text);
    expect(handoff.requests).toHaveLength(0);
    expect(answer).not.toMatch(/VKN'si veya unvanı değiştiyse/);
    expect(answer).toMatch(/KVKK/);
    expect(answer).toMatch(/TCKN/);
  });

  it.each(["I want to apply as an individual", "I am a real person", "we want to apply as a real person"])(
    "in English, '%s': the TCKN, no hand-off",
    async (text) => {
      const { chat, handoff } = await setup({ locale: "en" });
      const answer = await chat.say(text);
      expect(handoff.requests).toHaveLength(0);
      expect(answer).toMatch(/TCKN|T\.C\. identity/i);
      expect(answer).not.toMatch(/legal person \(tüzel kişi\) or a real person/);
    },
  );

  it.each(["we are a legal entity and want to apply", "I want to apply as a company"])(
    "in English, '%s': the VKN",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      const answer = await chat.say(text);
      expect(answer).not.toMatch(/legal person \(tüzel kişi\) or a real person/);
      expect(answer).toMatch(/VKN/);
    },
  );

  it.each([
    ["gerçek bir kişiyle görüşmek istiyorum", "tr"],
    ["talk to a real person", "en"],
    ["I want to speak to a real person", "en"],
  ] as const)("'%s' stays a hand-off", async (text, locale) => {
    const { chat, handoff } = await setup({ locale });
    await chat.say(text);
    expect(handoff.requests).toHaveLength(1);
  });
});
