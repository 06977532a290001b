/**
 * Outside conversation tester (replay cok-niyetli-uzun-mesaj): a long first message asking the
 * price, card or HSM for a stated volume, and the delivery time got only the price list. Each topic
 * asked is answered: the prices (R6.1), the R2.2/R2.3 advice for the volume (or the comparison when
 * no volume is told), and how the card comes (R3.3.1).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../bot/nlu/fold.ts";
import { topicsAskedOf } from "../../bot/nlu/many-topics.ts";
import { setup } from "./harness.ts";

describe("a message asking three topics gets each answer", () => {
  it("slang, a daily volume, prices and the delivery time", async () => {
    const { chat } = await setup();
    const answer = await chat.say(
      "selam abi mali mühür lazım bize ama kart mı alak hsm mi bilemedik günde 5000 fatura kesiyoz, fiyatlar ne, bide kaç günde gelir",
    );
    expect(answer).toMatch(/KDV dahil/);
    expect(answer).toMatch(/Bu hacim için akıllı kart yeterlidir/);
    expect(answer).toMatch(/kargo ile/);
  });

  it("a volume per minute needing an HSM, and the price", async () => {
    const { chat } = await setup();
    const answer = await chat.say(
      "kart mı hsm mi karar veremedik dakikada 300 fatura kesiyoruz, ücreti ne kadar?",
    );
    expect(answer).toMatch(/HSM öneririz/);
    expect(answer).toMatch(/KDV dahil/);
  });

  it("which medium without a volume, the prices and when it arrives", async () => {
    const { chat } = await setup();
    const answer = await chat.say(
      "fiyatlarınız nedir, hsm mi akıllı kart mı almalıyız, ne zaman elimize ulaşır",
    );
    expect(answer).toMatch(/KDV dahil/);
    expect(answer).toMatch(/1–2 saniyede/);
    expect(answer).toMatch(/kargo ile/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say(
      "card or hsm? we issue 300 invoices a minute. what are the prices and how long does delivery take",
    );
    expect(answer).toMatch(/VAT/);
    expect(answer).toMatch(/HSM/);
    expect(answer).toMatch(/courier|cargo|deliver/i);
  });
});

describe("what asks one topic is left to the one answer", () => {
  it.each([
    "fiyat ne kadar",
    "kart mı hsm mi",
    "kaç günde gelir",
    "kartım çalındı, fiyat ne kadar, kaç günde gelir",
    "MM-2026-000123 siparişim kaç günde gelir, fiyatı neydi",
  ])("'%s' asks no several topics", (text) => {
    expect(topicsAskedOf(foldTurkish(text)).length).toBeLessThan(2);
  });
});
