/**
 * Tester (session 16): a shipped card's status said "Kargoya verildi. … Son adım: kargoya verildi
 * (…). Kargoda.", and a bank payment not yet posted said "Ödeme alındı; üretim sırasında" above
 * "Banka ödemeniz … yansıyacak". Each fact is said once, and a payment on its way is not production.
 */
import { describe, expect, it } from "vitest";
import { cardApplication } from "../../helpers/ra-harness.ts";
import { setup } from "../harness.ts";

describe("order status says each fact once", () => {
  it("a shipped card: the step with its time and where the card is, not the status again", async () => {
    const { chat, world } = await setup();
    const { orderNo, amountKurus } = await world.ra.submitApplication(cardApplication());
    await world.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-once", amountKurus });
    await world.runJobs();
    await world.ra.delivery.ship({ orderNo, trackingNo: "TR123456", actor: "agent:test" });
    const answer = await chat.say(`${orderNo} siparişim ne durumda`);
    expect(answer.match(/kargoya verildi/gi)).toHaveLength(1);
    expect(answer).toContain("Kargoda.");
    expect(answer).toContain("TR123456");
  });

  it("a bank payment not yet posted: on its way, production after it posts", async () => {
    const { chat, world } = await setup();
    const { orderNo, amountKurus } = await world.ra.submitApplication(cardApplication());
    await world.ra.payments.record({ orderNo, channel: "ziraat", providerRef: "zr-once", amountKurus });
    const answer = await chat.say(`${orderNo} siparişim ne durumda`);
    expect(answer).not.toMatch(/üretim sırasında|Üretimde/);
    expect(answer).toMatch(/yansıdığında üretim başlar/);
  });
});
