/**
 * After R4.3's PUK answer ("only cards produced before 2014 have a PUK"), "kart 2019 da üretildi"
 * got the order's production text and was asked for an order number (tester 20's d15). A card's
 * production year told as a statement is answered by R4.3: since 2014 no PUK, "Kilit Çözme"; before
 * 2014 a PUK may exist but is never to be tried. An order's production question still gets its text.
 */
import { describe, expect, it } from "vitest";
import { cardYearTold } from "../../../bot/flows/dialog/card-year.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { sayAll, setup } from "../harness.ts";

describe("a card's production year after the PUK answer", () => {
  it("'kart 2019 da üretildi': no PUK, Kilit Çözme, no order number asked", async () => {
    const { chat } = await setup();
    const answer = await sayAll(chat, [
      "pinim kilitlendi",
      "puk kodunu denesem olur mu",
      "kart 2019 da üretildi",
    ]);
    expect(answer).toContain("Kilit Çözme");
    expect(answer).toMatch(/PUK yoktur/);
    expect(answer).not.toContain("sipariş numaranızı");
  });

  it("'kartımız 2012 yılında üretildi': a PUK may exist, never to be tried", async () => {
    const { chat } = await setup();
    const answer = await sayAll(chat, ["puk kodunu denesem olur mu", "kartımız 2012 yılında üretildi"]);
    expect(answer).toMatch(/PUK olabilir/);
    expect(answer).toMatch(/denemeyin/);
  });

  it("an order's production question still gets the production text", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartım ne zaman üretilecek")).toContain("sipariş numaranızı");
  });

  it.each(["kartımız 2023'te üretildi ama hala gelmedi", "kart 2019 da mı üretildi?", "kart üretildi mi"])(
    "'%s' is no card year told",
    (text) => {
      expect(cardYearTold(foldTurkish(text), text, new Date("2026-11-25"))).toBeUndefined();
    },
  );
});
