import { describe, expect, it } from "vitest";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("order status: the order number's help, and the order in context", () => {
  it.each(["sipariş numaramı bilmiyorum", "siparis numarami bulamiyorum", "sipariş numaramı unuttum"])(
    "'%s' is told where the number is, and the number then answers",
    async (message) => {
      const { chat, ra } = await setup();
      const { orderNo } = await ra.submitApplication(hsmApplication());
      const help = await chat.say(message);
      expect(help).toMatch(/MM ile başlar/);
      expect(help).toMatch(/Mali mühür başvurunuz alındı/);
      expect(await chat.say(orderNo)).toContain(`Sipariş ${orderNo}`);
    },
  );

  it("at the order number question, 'numarayı bulamıyorum' gets the help and the question stays open", async () => {
    const { chat, ra } = await setup();
    const { orderNo } = await ra.submitApplication(hsmApplication());
    expect(await chat.say("siparişim ne durumda")).toMatch(/Sipariş numaranızı yazın/);
    expect(await chat.say("numarayı bulamıyorum")).toMatch(/MM ile başlar/);
    expect(await chat.say(orderNo)).toContain(`Sipariş ${orderNo}`);
  });

  it("after an order status, 'randevu ne zaman?' answers for the same order, with the HSM appointment", async () => {
    const { chat, ra, clock } = await setup();
    const { orderNo, amountKurus } = await ra.submitApplication(hsmApplication());
    await ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-ctx", amountKurus });
    await ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
    const at = new Date(clock.now().getTime() + 3 * 86_400_000);
    await ra.production.advanceHsm({
      orderNo,
      step: "appointment_set",
      actor: "agent:U1",
      appointmentAt: at,
    });

    await chat.say("sipariş durumu");
    expect(await chat.say(orderNo)).toMatch(/Kurulum randevunuz: 28 Kasım 2026 10:00/);
    const followUp = await chat.say("randevu ne zaman?");
    expect(followUp).toContain(`Sipariş ${orderNo}`);
    expect(followUp).toMatch(/Kurulum randevunuz: 28 Kasım 2026 10:00/);
    expect(followUp).not.toMatch(/Sipariş numaranızı yazın/);
    expect(followUp).toMatch(/Başka bir siparişi soruyorsanız sipariş numarasını yazın/);
  });

  it("right after an application (no status shown yet) the number is asked, the order offered; after its status, the next question is about it", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const orderNo = /MM\d{10}/.exec(await chat.say("evet"))![0];
    await chat.say("atla");
    expect(await chat.say("siparişim ne durumda")).toMatch(/Sipariş numaranızı yazın/);
    expect(chat.buttons()).toContain(orderNo);
    expect(await chat.press(orderNo)).toContain(`Sipariş ${orderNo}`);
    await chat.say("hayır");
    expect(await chat.say("kargom nerede")).toContain(`Sipariş ${orderNo}`);
  });
});
