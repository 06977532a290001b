/**
 * A VKN, TCKN or certificate serial typed at the order-number question ("durum sorgulamak
 * istiyorum" asks the order number): no order number but a certificate's subject, so the
 * certificate status (R10.1: by VKN after verification, by serial to anyone), never "no order".
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("a certificate's subject at the order-number question", () => {
  for (const typed of ["3230512384", "323 051 23 84", "vkn 3230512384"])
    it(`'${typed}' starts the verification for the status`, async () => {
      const ctx = await setup();
      await ctx.world.addCertificate(firmA);
      expect(await ctx.chat.say("durum sorgulamak istiyorum")).toContain("MM");
      const answer = await ctx.chat.say(typed);
      expect(answer).not.toContain("sipariş bulunamadı");
      expect(answer).toContain("kod");
    });

  it("a serial gets the certificate's status", async () => {
    const ctx = await setup();
    const cert = await ctx.world.addCertificate(firmA);
    await ctx.chat.say("durum sorgulamak istiyorum");
    const answer = await ctx.chat.say(cert.serial.toUpperCase());
    expect(answer).not.toContain("sipariş bulunamadı");
    expect(answer).toContain("geçerli");
  });

  it("an order number that does not exist is still 'no order'", async () => {
    const ctx = await setup();
    await ctx.chat.say("durum sorgulamak istiyorum");
    expect(await ctx.chat.say("MM1234567890")).toContain("sipariş bulunamadı");
  });
});
