import { describe, expect, it } from "vitest";
import { correctionPhrase } from "../../../../bot/nlu/correction-phrases.ts";
import { foldTurkish } from "../../../../bot/nlu/fold.ts";
import { isQuestion } from "../../../../bot/nlu/question-form.ts";
import { setup, tuzelCardAnswers } from "../../harness.ts";

const toMedium = tuzelCardAnswers.slice(0, 8);

describe("choice questions of the application (§4): a question or a negation is no choice", () => {
  it.each(["HSM nedir?", "hsm ne demek", "kart kaç günde gelir", "what is an HSM?", "kart mı hsm mi"])(
    "%s at the card/HSM question is answered and asked again",
    async (text) => {
      const { chat } = await setup();
      for (const m of toMedium) await chat.say(m);
      const answer = await chat.say(text);
      expect(answer).not.toMatch(/bireysel mi|teslimat adresini/i);
      expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    },
  );

  it.each([
    ["kart değil hsm", /bireysel/],
    ["hsm istemiyorum, kart", /teslimat adresini/],
    ["hsm'i istemiyorum kart olsun", /teslimat adresini/],
    ["not the card, HSM", /bireysel/],
    ["I don't want an HSM, smart card please", /teslimat adresini/],
  ])("%s picks the option not negated", async (text, next) => {
    const { chat } = await setup();
    for (const m of toMedium) await chat.say(m);
    expect(await chat.say(text)).toMatch(next);
  });

  it("a negated option alone picks nothing", async () => {
    const { chat } = await setup();
    for (const m of toMedium) await chat.say(m);
    await chat.say("hsm istemiyorum");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
  });

  it("person type: a question gets the explanation, a negation the other type", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("tüzel kişi nedir?")).toContain("VKN");
    expect(chat.buttons()).toEqual(["Tüzel kişi", "Gerçek kişi"]);
    expect(await chat.say("şirket değil, şahıs firması")).toContain("TCKN");
  });

  it("summary: a question about confirming is explained, not taken for yes or no", async () => {
    const { chat, world } = await setup();
    for (const m of tuzelCardAnswers) await chat.say(m);
    expect(await chat.say("onaylarsam ne olur?")).toContain("sipariş numaranızı");
    expect(world.submissions).toHaveLength(0);
    expect(chat.buttons()).toEqual(["Evet", "Hayır"]);
  });
});

describe("question and correction phrases", () => {
  it("tells questions", () => {
    for (const q of ["HSM nedir?", "kart kaç günde gelir", "hsm ne demek", "does it cost more"])
      expect(isQuestion(q)).toBe(true);
    for (const a of ["kart", "HSM olsun", "tüzel kişi", "Ayşe Yılmaz"]) expect(isQuestion(a)).toBe(false);
  });

  it("reads back and restart phrases, never a name or an unvan", () => {
    const read = (s: string) => correctionPhrase(foldTurkish(s));
    for (const s of [
      "pardon yanlış yazdım",
      "bir önceki soru",
      "düzeltmek istiyorum",
      "I made a typo",
      "oops",
    ])
      expect(read(s)).toBe("back");
    for (const s of ["baştan", "yeniden başla", "baştan başlayalım", "start over", "let me start again"])
      expect(read(s)).toBe("restart");
    for (const s of ["Ayşe Baştan", "Yeniden Yapı Ltd", "Hata Yazılım Ltd Şti", "Önder Yanlış"])
      expect(read(s)).toBeUndefined();
  });
});
