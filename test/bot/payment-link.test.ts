/**
 * R3.2: a payment link per order, made from the configured template (the seed's virtual POS with the
 * order number by default), shown wherever the customer is told to pay: after the application, in
 * the order status while unpaid, and in the answer to a payment question.
 */
import { describe, expect, it } from "vitest";
import { createConversationEngine } from "../../bot/conversation-engine.ts";
import type { SelfServiceLinks } from "../../bot/self-service-links.ts";
import { paymentUrlOf, paymentUrlTemplateProblem } from "../../core/ra/payment-link.ts";
import { Chat, sayAll, setup, tuzelCardAnswers } from "./harness.ts";

/** A conversation on an engine given `links`, at the end of a submitted card application. */
async function submitted(links?: Partial<SelfServiceLinks>) {
  const w = await setup();
  const engine = createConversationEngine({
    ra: w.ra,
    handoff: w.handoff,
    states: w.states,
    texts: w.texts,
    clock: w.clock,
    ...(links ? { links } : {}),
  });
  const chat = new Chat(engine, w.ref);
  await sayAll(chat, tuzelCardAnswers);
  const answer = await chat.say("evet");
  const record = w.world.submissions.at(-1)!;
  return { w, chat, answer, orderNo: record.orderNo, amountKurus: record.amountKurus };
}

describe("the payment link of an order (R3.2)", () => {
  it("after the application: the seed's virtual POS with the order number, by default", async () => {
    const { answer, orderNo } = await submitted();
    expect(answer).toContain(`https://sanalpos.kamusm.gov.tr/index.jsf?siparis=${orderNo}`);
  });

  it("a configured template puts in the order number and the amount", async () => {
    const { answer, orderNo, amountKurus } = await submitted({
      paymentUrlTemplate: "https://odeme.example.com.tr/pos?order={orderNo}&tl={amount}&k={amountKurus}",
    });
    const amount = (amountKurus / 100).toFixed(2);
    expect(answer).toContain(
      `https://odeme.example.com.tr/pos?order=${orderNo}&tl=${amount}&k=${amountKurus}`,
    );
    expect(answer).not.toContain("sanalpos.kamusm.gov.tr/index.jsf?siparis");
  });

  it("in the order status while unpaid, and no longer once paid", async () => {
    const template = "https://odeme.example.com.tr/pos/{orderNo}";
    const { w, chat, orderNo, amountKurus } = await submitted({ paymentUrlTemplate: template });
    const link = `https://odeme.example.com.tr/pos/${orderNo}`;
    expect(await chat.say(`sipariş durumu ${orderNo}`)).toContain(link);
    await w.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-0001", amountKurus });
    expect(await chat.say(`sipariş durumu ${orderNo}`)).not.toContain(link);
  });

  it("in the answer to a payment question: the conversation's unpaid order", async () => {
    const { chat, orderNo } = await submitted();
    await chat.say("atla");
    const answer = await chat.say("ödemeyi nasıl yapacağım");
    expect(answer).toContain("Vakıfbank");
    expect(answer).toContain(`https://sanalpos.kamusm.gov.tr/index.jsf?siparis=${orderNo}`);
    expect(answer).toContain(orderNo);
  });

  it("a payment question without a known order names the virtual POS only", async () => {
    const { chat } = await setup();
    const answer = await chat.say("ödemeyi nasıl yapacağım");
    expect(answer).toContain("https://sanalpos.kamusm.gov.tr/index.jsf");
    expect(answer).not.toContain("siparis=");
  });
});

describe("payment URL templates", () => {
  it("URL-encodes the values", () => {
    expect(
      paymentUrlOf("https://p.example/x?o={orderNo}&a={amount}", {
        orderNo: "MM 1/2&3",
        amountKurus: 175050,
      }),
    ).toBe("https://p.example/x?o=MM%201%2F2%263&a=1750.50");
  });

  it.each([
    ["https://p.example/pay", /\{orderNo\}/],
    ["https://p.example/pay?o={orderNo}&x={total}", /unknown placeholder \{total\}/],
    ["ftp://p.example/{orderNo}", /http/],
    ["not a url {orderNo}", /URL/],
  ])("refuses %s", (template, reason) => {
    expect(paymentUrlTemplateProblem(template)).toMatch(reason);
  });

  it("accepts the seed's default", () => {
    expect(
      paymentUrlTemplateProblem("https://sanalpos.kamusm.gov.tr/index.jsf?siparis={orderNo}"),
    ).toBeUndefined();
  });
});
