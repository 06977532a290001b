/**
 * A change of mind that names the new answer ("vazgeçtim kart kalsın" at the medium question,
 * "vazgeçtim gerçek kişi olsun", "never mind, natural person instead"): before, the leading
 * "vazgeçtim" left the application and deleted every answer given ("Tamam, işlemden vazgeçtiniz;
 * girdiğiniz bilgiler silindi"). The question reads the answer named; putting it off ("vazgeçtim
 * başka zaman olsun") still leaves.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a change of mind naming the answer is no leaving", () => {
  it("at the medium question", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    const reply = await chat.say("vazgeçtim kart kalsın");
    expect(reply).not.toMatch(/vazgeçtiniz|silindi/);
    expect(reply).toMatch(/teslimat adresini/);
  });

  it.each([
    ["tr", "vazgeçtim gerçek kişi olsun", /TCKN'nizi/],
    ["en", "never mind, natural person instead", /TCKN/],
  ] as const)("at the person type (%s): %s", async (locale, text, next) => {
    const { chat } = await setup({ locale });
    await chat.say(locale === "tr" ? "başvuru" : "I want to apply");
    const reply = await chat.say(text);
    expect(reply).not.toMatch(/vazgeçtiniz|silindi|cancelled|deleted/i);
    expect(reply).toMatch(next);
  });

  it("putting it off still leaves", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    expect(await chat.say("vazgeçtim başka zaman olsun")).toMatch(/vazgeçtiniz/);
  });
});
