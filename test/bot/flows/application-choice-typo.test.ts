/**
 * An option typed with one typo at a choice question of the application: "tuzle", "tüzle", "tuzl
 * kisiyiz" got "choose one" (readChoice matched words exactly). One edit away from an option's word
 * of five letters or more (or the first word of a phrase whose rest is typed right) now names it;
 * a word the training data knows ("gerek") is no typo, a short word is not guessed, and a word as
 * close to two options names neither.
 */
import { describe, expect, it } from "vitest";
import { optionWithTypo } from "../../../bot/flows/dialog/choice-typo.ts";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a typo'd option at the person-type question", () => {
  it.each(["tuzle", "tüzle", "Tüzle", "tuzl kisiyiz", "tüzl kişiyiz", "tzuel kisi", "tuzeel"])(
    "'%s' is tüzel kişi (the VKN is asked)",
    async (typed) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const reply = await chat.say(typed);
      expect(reply).toMatch(/VKN'sini/);
      expect(reply).not.toMatch(/seçeneklerden birini/);
    },
  );

  it.each(["gercke", "gerçke kişiyim", "grecek kisi"])(
    "'%s' is gerçek kişi (the TCKN is asked)",
    async (typed) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      expect(await chat.say(typed)).toMatch(/TCKN/);
    },
  );

  it.each(["legla person", "natual person"])("en: '%s' is read", async (typed) => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("I want to apply");
    expect(await chat.say(typed)).toMatch(/VKN|TCKN/);
  });

  it.each(["gerek yok", "tzel", "tuzle degil"])("'%s' chooses nothing", async (typed) => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say(typed)).toMatch(/seçeneklerden birini|tüzel kişi adına mı/);
  });

  it("at the HSM kind: 'bireysle' is bireysel (the HSM address is asked)", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers.slice(0, 8), "hsm"]);
    expect(await chat.say("bireysle")).toMatch(/HSM cihazının bulunduğu adresi|adres/i);
  });
});

describe("optionWithTypo", () => {
  it("never guesses between two options", () => {
    const options = [
      { id: "a", words: ["tuzel"] },
      { id: "b", words: ["tuzal"] },
    ];
    expect(optionWithTypo("tuzil", options)).toBeUndefined();
    expect(optionWithTypo("tuzle", options)?.id).toBe("a");
  });

  it("reads no word with a digit nor two options in one message", () => {
    const options = [
      { id: "tuzel", words: ["tuzel"] },
      { id: "gercek", words: ["gercek"] },
    ];
    expect(optionWithTypo("tuzel5", options)).toBeUndefined();
    expect(optionWithTypo("tuzle gercke", options)).toBeUndefined();
  });
});
