/**
 * A refund question about a known order (tester round 18): right after an unpaid application,
 * "paramı iade edin" was told a produced certificate is never refunded. R6.3 bars refunds of a
 * produced certificate only.
 */
import { describe, expect, it } from "vitest";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("R6.3 for the order in context", () => {
  it("an unpaid order just made: nothing to refund, it lapses by itself", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const orderNo = /MM\d{10}/.exec(await chat.say("evet"))![0];
    await chat.say("atla");
    const answer = await chat.say("ücret iadesi istiyorum");
    expect(answer).toContain(orderNo);
    expect(answer).toMatch(/iade edilecek bir ücret yok/);
    expect(answer).not.toMatch(/Üretilmiş bir sertifikanın/);
  });

  it("a paid HSM order not produced yet: refundable before production, through an agent", async () => {
    const { chat, ra } = await setup();
    const { orderNo, amountKurus } = await ra.submitApplication(hsmApplication());
    await ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-refund", amountKurus });
    const answer = await chat.say(`${orderNo} siparişimin ücret iadesini istiyorum`);
    expect(answer).toMatch(/üretimden önce ücret iade edilebilir/);
    expect(chat.buttons()).toContain("Temsilci");
  });

  it("no order known: the rule itself", async () => {
    const { chat } = await setup();
    expect(await chat.say("ücret iadesi istiyorum")).toMatch(
      /Üretilmiş bir sertifikanın ücreti iade edilmez/,
    );
  });
});
