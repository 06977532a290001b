/**
 * "Gerçek kişiyim", "gercek kisiyim", "şahsım" (the customer saying they are a natural person) were
 * read as a request for an agent at the menu (the classifier's "gerçek bir kişiyle görüşmek"
 * example) or not understood, and "şahsım" at question 1 was no answer. They name the applicant
 * type (R3.1: gerçek kişi or tüzel kişi): at the menu they start the application as a gerçek kişi
 * (the KVKK notice, then the TCKN); at question 1 they are its answer; at a later question of a
 * tüzel kişi's application they switch it to a gerçek kişi's. Talking to a real person stays a
 * hand-off.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { sayAll, setup } from "../harness.ts";

const told = [
  "gerçek kişiyim",
  "gercek kisiyim",
  "Gerçek kişiyiz.",
  "şahsım",
  "ben şahsım",
  "gerçek kişi",
  "ben gerçek kişi olarak başvuracağım",
  "şahıs olarak başvurmak istiyorum",
  "kendi şahsım adına başvuru yapacağım",
];

describe("a natural person told", () => {
  it.each(told)("at the menu, '%s' starts the application as a gerçek kişi", async (text) => {
    const { chat, handoff } = await setup();
    const answer = await chat.say(text);
    expect(handoff.requests).toHaveLength(0);
    expect(answer).toMatch(/KVKK/);
    expect(answer).toMatch(/TCKN/);
    expect(answer).not.toMatch(/temsilci/i);
    // the application goes on as a gerçek kişi's: the name, not the unvan, after the TCKN
    expect(await chat.say("10000000146")).toMatch(/ad(ınızı)? ve soyad/i);
  });

  it.each([
    ["I am a natural person", "en"],
    ["we are natural persons", "en"],
    ["I'm applying as a private individual", "en"],
  ] as const)("at the menu, '%s' (%s) starts it too", async (text, locale) => {
    const { chat, handoff } = await setup({ locale });
    const answer = await chat.say(text);
    expect(handoff.requests).toHaveLength(0);
    expect(answer).toMatch(/TCKN|T\.C\. identity/i);
  });

  it.each(told)("at question 1, '%s' is the answer gerçek kişi", async (text) => {
    const { chat, handoff } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say(text);
    expect(handoff.requests).toHaveLength(0);
    expect(answer).toMatch(/TCKN/);
  });

  it("at a tüzel kişi's VKN question, 'aslında gerçek kişiyim' switches to the TCKN", async () => {
    const { chat, handoff } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("aslında gerçek kişiyim");
    expect(handoff.requests).toHaveLength(0);
    expect(answer).toMatch(/TCKN/);
    expect(await chat.say("10000000146")).toMatch(/ad(ınızı)? ve soyad/i);
  });

  it.each(["gerçek bir kişiyle görüşmek istiyorum", "gerçek kişi ile konuşmak istiyorum"])(
    "'%s' still asks for a person",
    async (text) => {
      const { chat, handoff } = await setup();
      await chat.say(text);
      expect(handoff.requests).toHaveLength(1);
    },
  );

  it.each([
    ["gerçek kişiyim", "tr"],
    ["şahsım", "tr"],
    ["gercek kisiyiz", "tr"],
    ["I am a natural person", "en"],
  ] as const)("the NLU reads '%s' (%s) as applying", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });
});
