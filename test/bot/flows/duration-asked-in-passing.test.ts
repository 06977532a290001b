/**
 * How long it all takes, asked with no other topic named ("bu ne kadar sürer" at the application's
 * summary, "ne kadar sürer" at the menu, "başvuru ne kadar sürer", "how long will this take?"):
 * before, the summary answered "Şunu mu demek istediniz? Üretim | Fiyatlar", the menu gave the price
 * list for "ne kadar sürer" and "cancel an application" for "başvuru ne kadar sürer". It is the
 * production's question (R3.3): answered, and at the summary the confirmation asked again.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a duration asked at the summary: the production answered, the summary asked again", () => {
  it.each([
    "bu ne kadar sürer",
    "bu ne kadar surer acaba",
    "hepsi ne kadar zaman alır?",
    "işlem kaç gün sürer",
  ])("%s", async (question) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const reply = await chat.say(question);
    expect(reply).toMatch(/Üretim, ödemeniz hesabımıza ulaştığında başlar/);
    expect(reply).not.toMatch(/Şunu mu demek istediniz/);
    expect(reply).toMatch(/onaylıyor musunuz\?/);
    expect(await chat.say("evet")).toMatch(/Sipariş numaranız/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [
      ...legalAnswersToEmailEn,
      "jane@example.com",
      "0532 123 45 67",
      "smart card",
      "Ataturk Cad. No: 1 Cankaya Ankara",
    ]);
    const reply = await chat.say("how long will all this take?");
    expect(reply).toMatch(/Production starts once your payment reaches our account/);
    expect(reply).toMatch(/do you confirm\?/);
  });
});

describe("a duration asked at the menu", () => {
  it.each([
    "ne kadar sürer",
    "bu ne kadar sürer",
    "başvuru ne kadar sürer",
    "süreç kaç gün sürer",
    "ne kadar zaman alır",
    "ne kadar beklerim",
  ])("'%s' is the production's", (text) => {
    expect(intentOf(text)).toBe("production");
  });

  it("'how much time does it take' (English) is the production's", () => {
    expect(intentOf("how much time does it take", "en")).toBe("production");
  });

  it.each([
    ["kargo ne kadar sürer", "delivery"],
    ["mühür ne kadar süre geçerli", "renewal"],
    ["fiyatı ne kadar", "prices"],
  ] as const)("'%s' keeps its own topic (%s)", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("is never the price list nor the cancelling of an application", async () => {
    const { chat } = await setup();
    const reply = await chat.say("başvuru ne kadar sürer");
    expect(reply).not.toMatch(/TL|iptal/);
  });
});
