/**
 * A certificate serial named outside a dialog asks for that certificate's status (R10.1: public by
 * serial), whatever else the message leans to ("durumu" alone leans to the order status); a serial
 * in a revocation request stays with the revocation.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("a serial outside a dialog", () => {
  it.each([
    (serial: string) => `${serial} durumu`,
    (serial: string) => serial,
    (serial: string) => `seri no ${serial.toUpperCase()} durumu nedir`,
  ])("%s → the certificate's status", async (message) => {
    const { chat, world } = await setup();
    const cert = await world.addCertificate(firmA);
    const answer = await chat.say(message(cert.serial));
    expect(answer).not.toMatch(/Sipariş numaranızı|tam anlayamadım|Şunu mu demek/);
    expect(answer).toMatch(/geçerli/i);
  });

  it("'… seri numaralı kartımı kaybettim' stays a revocation", async () => {
    const { chat, world } = await setup();
    const cert = await world.addCertificate(firmA);
    const answer = await chat.say(`${cert.serial} seri numaralı kartımı kaybettim`);
    expect(answer).toMatch(/kimliğinizi doğrula|VKN/);
  });
});
