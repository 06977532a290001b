/**
 * Order status shows translated step and delivery names, never raw codes ("appointment_set",
 * "shipped"): orders taken through the real RA, paid, and moved on as the call centre does.
 */
import { describe, expect, it } from "vitest";
import { cardApplication, hsmApplication } from "../../helpers/ra-harness.ts";
import { setup } from "../harness.ts";

type World = Awaited<ReturnType<typeof setup>>["world"];

async function paidOrder(world: World, input: ReturnType<typeof cardApplication>): Promise<string> {
  const { orderNo, amountKurus } = await world.ra.submitApplication(input);
  await world.ra.payments.record({
    orderNo,
    channel: "sanalpos",
    providerRef: `pos-${orderNo}`,
    amountKurus,
  });
  await world.runJobs();
  return orderNo;
}

describe("order status texts", () => {
  it.each([
    ["tr", "randevu verildi"],
    ["en", "appointment set"],
  ] as const)("%s: names an HSM order's last step in words", async (locale, step) => {
    const { chat, world, clock } = await setup({ locale });
    const orderNo = await paidOrder(world, hsmApplication());
    // the payment sent the preparation instructions; the call centre records the next steps
    for (const s of ["firm_ready", "appointment_set"] as const)
      await world.ra.production.advanceHsm({
        orderNo,
        step: s,
        actor: "agent:test",
        ...(s === "appointment_set" ? { appointmentAt: new Date(clock.now().getTime() + 86_400_000) } : {}),
      });
    // the order number inside the question is looked up at once
    const answer = await chat.say(
      locale === "tr" ? `${orderNo} siparişim ne durumda` : `status of order ${orderNo}`,
    );
    expect(answer).toContain(step);
    expect(answer).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });

  it.each([
    ["tr", "Kargoda."],
    ["en", "With the courier."],
  ] as const)("%s: names a shipped card's delivery in words", async (locale, delivery) => {
    const { chat, world } = await setup({ locale });
    const orderNo = await paidOrder(world, cardApplication());
    await world.ra.delivery.ship({ orderNo, trackingNo: "TR123456", actor: "agent:test" });
    const answer = await chat.say(
      locale === "tr" ? `${orderNo} siparişim ne durumda` : `status of order ${orderNo}`,
    );
    expect(answer).toContain(delivery);
    // no raw code such as "in_production" or "card_produced"
    expect(answer).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });
});
