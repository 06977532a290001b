/**
 * The shipping's cost asked ("kargo ücretli mi", "is shipping free"): domain.md names no shipping fee,
 * yet these got the price list, as if it answered them, or the delivery text asking for an order
 * number. The answer says no amount is known, what the known prices are and how the card travels
 * (R3.3.1), and who can tell (the call centre) — naming no price (bot/nlu/shipping-fee.ts,
 * info.shipping_fee).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { shippingFeeAsked } from "../../../bot/nlu/shipping-fee.ts";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("the shipping's cost asked: what is known, no amount", () => {
  it.each([
    "kargo ücretli mi",
    "kargo parası ayrıca alınıyor mu",
    "kargo bedava mı",
    "teslimat ücreti ne kadar",
    "kargo masrafı var mı",
    "kargoyu kim ödüyor, biz mi",
  ])("tr: %s", async (message) => {
    expect(shippingFeeAsked(foldTurkish(message))).toBe(true);
    const { chat } = await setup();
    const reply = await chat.say(message);
    expect(reply).toContain("Kargo ücretiyle ilgili bir bilgim yok");
    expect(reply).toContain("444 5 576");
    expect(reply).not.toMatch(/TL|sipariş numaranızı/);
  });

  it.each(["is shipping free", "how much is delivery", "do we pay for the courier?"])(
    "en: %s",
    async (message) => {
      const { chat } = await setup({ locale: "en" });
      const reply = await chat.say(message);
      expect(reply).toContain("no information on a shipping fee");
      expect(reply).not.toMatch(/TRY|TL\b|order number/);
    },
  );

  it("the card's price asked with it: the prices, then the shipping's answer", async () => {
    const { chat } = await setup();
    const reply = await chat.say("akıllı kart fiyatı ne kadar, kargo ücreti dahil mi");
    expect(reply).toContain("Akıllı kart:");
    expect(reply).toContain("Kargo ücretiyle ilgili bir bilgim yok");
  });

  it("asked at an application's question: answered, the question again", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const reply = await chat.say("kargo ücretli mi?");
    expect(reply).toContain("Kargo ücretiyle ilgili bir bilgim yok");
    expect(reply).toContain("e-posta adresinizi yazın");
  });
});

describe("not the shipping's cost", () => {
  it.each([
    "kargo ücreti ödedik ama kart gelmedi",
    "kart kaç günde gelir",
    "fiyat ne kadar",
    "kargom nerede",
    "kargo ne kadar sürer",
    "how long does delivery take",
  ])("%s", (message) => {
    expect(shippingFeeAsked(foldTurkish(message))).toBe(false);
  });
});
