/**
 * Lead's held-out replay (session 28): right after R4.2's locked-PIN answer or R4.3's PUK answer,
 * "2016 da aldık" (the card's year, without the word "kart") got the HSM requirements. A year told
 * alone after those answers is the card's year: answered by R4.3 (since 2014 no PUK; before, a PUK
 * may exist but is never to be tried). Elsewhere a bare year is no card year. Four digits alone
 * ("2016") there stay with the secret guard: after a PIN answer they may be the PIN.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../../harness.ts";

describe("a bare year right after the PIN or PUK answer", () => {
  it.each([
    ["pini 3 kere yanlış girdim", "2016 da aldık", /PUK yoktur/],
    ["pinim bloke oldu", "2016 yılında", /PUK yoktur/],
    ["pinim kilitlendi", "galiba 2012'de almıştık", /PUK olabilir/],
    ["puk kodunu denesem olur mu", "2011 yapımı", /PUK olabilir/],
    ["puk kodunu denesem olur mu", "2019'da alındı puk var mı", /PUK yoktur/],
  ])("%j then %j is answered by R4.3", async (first, year, expected) => {
    const { chat } = await setup();
    const answer = await sayAll(chat, [first, year]);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/FIPS|HSM gereksinim/);
  });

  it("English: 'we got it in 2012' after the PUK answer", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await sayAll(chat, ["my PIN is locked, should I try the PUK?", "we got it in 2012"]);
    expect(answer).toMatch(/PUK/);
    expect(answer).toMatch(/2012/);
    expect(answer).not.toMatch(/FIPS/);
  });

  it("a bare year with no PIN answer before it is no card year", async () => {
    const { chat } = await setup();
    const answer = await chat.say("2016 da aldık");
    expect(answer).not.toMatch(/PUK yoktur|PUK olabilir/);
  });
});

describe("the card's year told with the verb's other forms (customer tester, session 28)", () => {
  it.each([
    ["kart 2012 de alinmisti", /PUK olabilir/],
    ["kartı 2018de almıştık", /PUK yoktur/],
    ["kart 2010 yılında alınmıştı", /PUK olabilir/],
  ])("after the PUK answer, %j is answered by R4.3", async (typed, expected) => {
    const { chat } = await setup();
    const answer = await sayAll(chat, ["puk kodunu denesem olur mu", typed]);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/saniyede|FIPS/);
  });
});
