/**
 * An option chosen beside a side question at a choice question of the application: "kart olsun, kaç
 * günde gelir?" answered the side question but dropped the choice (readChoice took any question for
 * no choice; the prices path at the medium question did the same for "HSM istiyoruz, fiyatı ne?").
 * A choosing word beside the option ("olsun", "istiyoruz", "alalım", "seçiyoruz", "I'll take", "we
 * want") takes it and the side question is answered too. A question about an option ("kart mı
 * olsun?", "HSM mi daha iyi?", "should we take the card?") still chooses nothing: the R2.2/R2.3
 * explanation, then the question again.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toMediumTr = tuzelCardAnswers.slice(0, 8);
const toMediumEn = [...legalAnswersToEmailEn, "jane@example.com", "0532 123 45 67"];

describe("an option chosen beside a side question", () => {
  it.each([
    "kart olsun, kaç günde gelir?",
    "kart olsun kac gunde gelir",
    "akıllı kartı seçiyoruz, ne zaman gelir?",
    "kart alalım, teslimat ne kadar sürer?",
    "akilli kart istiyoruz ne zaman elimize ulasir",
  ])("tr card: %s", async (typed) => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say(typed);
    expect(reply).toMatch(/üretilir|teslim/);
    expect(reply).toMatch(/teslimat adresini yazın/);
    expect(reply).not.toMatch(/Lütfen seçeneklerden birini/);
  });

  it.each(["HSM istiyoruz, fiyatı ne?", "hsm istiyoruz fiyati ne kadar", "HSM olsun, ücreti nedir?"])(
    "tr HSM with the prices: %s",
    async (typed) => {
      const { chat } = await setup();
      await sayAll(chat, toMediumTr);
      const reply = await chat.say(typed);
      expect(reply).toMatch(/Güncel fiyatlar/);
      expect(reply).toMatch(/bireysel mi/);
    },
  );

  it("tr HSM with a question on who supplies it: the R2.4 answer, then the HSM's next question", async () => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say("biz HSM istiyoruz ama HSM'yi siz mi veriyorsunuz?");
    expect(reply).toMatch(/HSM'yi biz sağlamıyoruz/);
    expect(reply).toMatch(/bireysel mi/);
  });

  it("the card chosen beside a question is what is submitted", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, toMediumTr);
    await chat.say("kart olsun, kaç günde gelir?");
    expect(await chat.say("Atatürk Cad. No: 1 Çankaya Ankara")).toMatch(/onaylıyor musunuz/);
    await chat.say("evet");
    expect(world.submissions.at(-1)?.medium).toBe("card");
  });

  it.each([
    ["I'll take the card, how long does it take?", /delivery address/],
    ["Let's go with the smart card. When will it arrive?", /delivery address/],
    ["we want HSM, what does it cost?", /individual/],
  ])("en: %s", async (typed, next) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, toMediumEn);
    const reply = await chat.say(typed);
    expect(reply).toMatch(next);
    expect(reply).not.toMatch(/smart card or on an HSM\?/);
  });
});

describe("a question about an option chooses nothing", () => {
  it.each([
    "kart mı olsun?",
    "HSM mi daha iyi?",
    "kart olsun mu?",
    "hsm mi alsak",
    "kartmı alsak",
    "HSM mi alalım",
  ])("tr: %s", async (typed) => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say(typed);
    expect(reply).toMatch(/1–2 saniyede/);
    expect(reply).toMatch(/akıllı kart üzerinde mi, yoksa HSM'de mi/);
    expect(await chat.say("kart")).toMatch(/teslimat adresini/);
  });

  it.each(["should we take the card?", "do we need an HSM?"])("en: %s", async (typed) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, toMediumEn);
    const reply = await chat.say(typed);
    expect(reply).toMatch(/1–2 seconds/);
    expect(reply).toMatch(/smart card or on an HSM\?/);
  });
});

describe("an option chosen beside how the firm signs", () => {
  it.each([
    "HSM alalım, dakikada 300 fatura kesiyoruz",
    "hsm istiyoruz cunku 5 kisi farkli bilgisayarlardan imzalayacak",
  ])("'%s': the advice, and HSM taken", async (typed) => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    const reply = await chat.say(typed);
    expect(reply).toMatch(/HSM/);
    expect(reply).toMatch(/bireysel mi/);
  });

  it("a volume alone still gets the advice and the question again", async () => {
    const { chat } = await setup();
    await sayAll(chat, toMediumTr);
    expect(await chat.say("dakikada 300 fatura kesiyoruz")).toMatch(/akıllı kart üzerinde mi/);
  });
});
