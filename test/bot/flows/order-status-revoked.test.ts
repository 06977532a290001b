/**
 * Tester (session 16): after the certificate of an order was revoked (a lost card), its order
 * status still said "Sertifikanız üretildi … Teslimat hazırlanıyor", as if the card were on its way
 * and usable. The status says the certificate was revoked, when, and that a new application is needed.
 */
import { describe, expect, it } from "vitest";
import { cardApplication } from "../../helpers/ra-harness.ts";
import { setup } from "../harness.ts";

async function revokedOrder(world: Awaited<ReturnType<typeof setup>>["world"]) {
  const { orderNo, amountKurus } = await world.ra.submitApplication(cardApplication());
  await world.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-revoked", amountKurus });
  await world.runJobs();
  const [signing] = await world.certificates.findByVkn(cardApplication().idNumber);
  if (!signing) throw new Error("the paid order was not issued");
  for (const cert of await world.certificates.findByVkn(cardApplication().idNumber))
    await world.certificates.revoke({ serial: cert.serial, reason: "keyCompromise", actor: "test" });
  return orderNo;
}

describe("order status of an order whose certificate was revoked", () => {
  it("says it was revoked and that a new application is needed, not that delivery is being prepared", async () => {
    const { chat, world } = await setup();
    const orderNo = await revokedOrder(world);
    const answer = await chat.say(`${orderNo} siparişim ne durumda`);
    expect(answer).toContain(orderNo);
    expect(answer).toMatch(/iptal edildi/);
    expect(answer).toMatch(/yeni (bir )?başvuru/i);
    expect(answer).not.toMatch(/hazırlanıyor|Kargoda|Sertifikanız üretildi/);
  });

  it("in English too", async () => {
    const { chat, world } = await setup({ locale: "en" });
    const orderNo = await revokedOrder(world);
    const answer = await chat.say(`what is the status of order ${orderNo}`);
    expect(answer).toMatch(/revoked/i);
    expect(answer).not.toMatch(/being prepared|in transit/i);
  });

  it("an order whose certificate is valid still shows its delivery", async () => {
    const { chat, world } = await setup();
    const { orderNo, amountKurus } = await world.ra.submitApplication(cardApplication());
    await world.ra.payments.record({ orderNo, channel: "sanalpos", providerRef: "pos-valid", amountKurus });
    await world.runJobs();
    const answer = await chat.say(`${orderNo} siparişim ne durumda`);
    expect(answer).not.toMatch(/iptal edildi/);
    expect(answer).toMatch(/hazırlanıyor|üretildi/);
  });
});
