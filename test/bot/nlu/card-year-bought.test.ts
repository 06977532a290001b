/**
 * The card's year told after R4.3's PUK answer, in the words people use ("kart 2012 de alındı",
 * "kartımız 2010 yapımı", "kartı 2011de aldık", "we bought the card in 2012"): before, "alındı" was no
 * production word and "2011de" no year, so these got the card-or-HSM advice, "did you mean" or the
 * arrival steps. They get R4.3 for that year (bot/nlu/card-year-told.ts, through the production topic).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("the card's year told after the PUK answer: R4.3 for that year", () => {
  it.each([
    ["tr", "kart 2012 de alindi", "2012 yılında üretilen kartınızda PUK olabilir"],
    ["tr", "kartımız 2010 yapımı", "2010 yılında üretilen kartınızda PUK olabilir"],
    ["tr", "kartı 2011de aldık", "2011 yılında üretilen kartınızda PUK olabilir"],
    ["tr", "kart 2019'da alındı", "2019 yılında üretilen bir kartta PUK yoktur"],
    ["en", "we bought the card in 2012", "A card produced in 2012 may have a PUK"],
  ] as const)("%s: %s", async (locale, message, answer) => {
    const { chat } = await setup({ locale });
    await chat.say(locale === "tr" ? "puk kodu nerede yazıyor" : "where is the PUK code written");
    const reply = await chat.say(message);
    expect(reply).toContain(answer);
    expect(reply).not.toMatch(/saniyede|per second|Did you mean|Şunu mu demek/);
  });
});
