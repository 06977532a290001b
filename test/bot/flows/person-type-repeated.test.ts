/**
 * The person type told again at the question after it: "gerçek kişiyim" at the TCKN question right
 * after "gerçek kişi" got "TCKN 11 haneli bir sayıdır". It is acknowledged and the question asked
 * again; the number typed next is the answer.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

describe("the person type told again", () => {
  it.each(["gerçek kişiyim", "gercek kisiyim", "ben şahsım", "şahıs olarak başvuruyorum"])(
    "gerçek kişi, at the TCKN question: %s",
    async (message) => {
      const { chat } = await setup();
      await sayAll(chat, ["başvuru", "gerçek kişi"]);
      const reply = await chat.say(message);
      expect(reply).toMatch(/gerçek kişi adına sürüyor/);
      expect(reply).not.toMatch(/11 haneli bir sayıdır/);
      expect(reply).toMatch(/TCKN'nizi/);
      expect(await chat.say("17291716060")).toMatch(/adınızı ve soyadınızı/i);
    },
  );

  it("gerçek kişi, at the name question", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "gerçek kişi", "17291716060"]);
    const reply = await chat.say("gerçek kişiyim");
    expect(reply).toMatch(/gerçek kişi adına sürüyor/);
    expect(await chat.say("Mehmet Demir")).toMatch(/mza yetkilisinin adını/);
  });

  it.each(["tüzel kişiyiz", "tuzel kisi"])("tüzel kişi, at the VKN question: %s", async (message) => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const reply = await chat.say(message);
    expect(reply).toMatch(/tüzel kişi \(firma\) adına sürüyor/);
    expect(reply).toMatch(/VKN/);
  });

  it("en: I am a natural person, at the TCKN question", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, ["apply", "real person"]);
    const reply = await chat.say("I am a natural person");
    expect(reply).toMatch(/goes on for a real person/);
  });
});
