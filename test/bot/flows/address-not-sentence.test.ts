/**
 * The delivery / HSM address question refuses a sentence with a digit (tester: "aslinda vazgectim
 * kart degil HSM olsun, dakikada 500 fatura kesiyoruz" was stored as the delivery address) with
 * the reason and the same question (interfaces.md §4); a change of the medium is told how to make
 * it, and making it works.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toAddress = tuzelCardAnswers.slice(0, 9);
const addressQuestion = "teslimat adresini yazın";
const notAddress = "açık adres gibi görünmüyor";
const howToChange = "sertifika türünü değiştirmek istiyorum";

describe("a sentence at the delivery address question", () => {
  it("the tester's change of mind: not stored, the reason tells how to change the medium", async () => {
    const { chat } = await setup();
    await sayAll(chat, toAddress);
    const answer = await chat.say("aslinda vazgectim kart degil HSM olsun, dakikada 500 fatura kesiyoruz");
    expect(answer).toContain(howToChange);
    expect(answer).toContain(addressQuestion);
    expect(answer).not.toContain("onaylıyor musunuz");
    // the way the reason names works: the medium question, then HSM's questions
    expect(await chat.say("sertifika türünü değiştirmek istiyorum")).toContain("akıllı kart üzerinde mi");
    expect(await chat.say("HSM")).toContain("bireysel mi");
  });

  // the address promised for later is a pause (dialog/continued-later.ts): the answers kept, the question again
  it("'adresi sonra yazarim 2 gun icinde': acknowledged, the same question", async () => {
    const { chat } = await setup();
    await sayAll(chat, toAddress);
    const answer = await chat.say("adresi sonra yazarim 2 gun icinde");
    expect(answer).toContain("yanıtlarınız duruyor");
    expect(answer).toContain(addressQuestion);
    expect(answer).not.toContain("onaylıyor musunuz");
  });

  for (const typed of ["1 2 3 4 5 abcde", "henüz belli değil 1 hafta içinde taşınıyoruz"])
    it(`'${typed}': the reason and the same question`, async () => {
      const { chat } = await setup();
      await sayAll(chat, toAddress);
      const answer = await chat.say(typed);
      expect(answer).toContain(notAddress);
      expect(answer).toContain(addressQuestion);
      expect(answer).not.toContain("onaylıyor musunuz");
    });

  it("a real address without Turkish letters is taken", async () => {
    const { chat } = await setup();
    await sayAll(chat, toAddress);
    expect(await chat.say("Kizilay Mh. GMK Blv. 45/7 Cankaya/Ankara")).toContain("onaylıyor musunuz");
  });

  it("the HSM address: a change of the medium gets the same reason", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...toAddress.slice(0, 8), "HSM", "bireysel"]);
    const answer = await chat.say("hsm değil kart olsun");
    expect(answer).toContain(howToChange);
    expect(answer).toContain("HSM'nin bulunduğu adresi yazın");
  });
});
