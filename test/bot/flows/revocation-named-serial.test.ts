/**
 * Tester (session 16): verified for firm A, a customer wrote "<firm B's serial> seri numaralı kartım
 * çalındı iptal edin" and was walked to "onaylıyor musunuz?" for firm A's certificate: one more
 * "evet" would have revoked, for good, a certificate nobody named (R7.1, R7.3). A serial in the
 * request that the verified firm does not hold is verified first, as another VKN is.
 */
import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

async function verifiedForA() {
  const ctx = await setup();
  const a = await ctx.world.addCertificate(firmA);
  const b = await ctx.world.addCertificate(firmB);
  await ctx.chat.say("iletişim bilgilerimi güncellemek istiyorum");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  await ctx.chat.say("menü");
  return { ctx, a, b };
}

describe("a revocation request naming a certificate serial", () => {
  it.each([
    (serial: string) => `${serial} seri numaralı kartım çalındı iptal edin`,
    (serial: string) => `kartımız kayboldu, sertifika ${serial} iptal edilsin`,
    (serial: string) => `seri no ${serial} olan kart çalındı`,
  ])(
    "of another firm is verified for that certificate, never served with the verified firm's (%#)",
    async (say) => {
      const { ctx, a, b } = await verifiedForA();
      const answer = await ctx.chat.say(say(b.serial));
      expect(answer).not.toContain(a.serial);
      expect(answer).not.toMatch(/Onaylıyor musunuz/);
      expect(answer).toContain("i***@u***.com.tr");
      await ctx.chat.say(ctx.world.lastCodeTo(firmB.email)!);
      expect(await ctx.ra.verifiedSubject(ctx.ref.id)).not.toBe(firmA.vkn);
    },
  );

  it("of the verified firm goes on with it", async () => {
    const { ctx, a } = await verifiedForA();
    const answer = await ctx.chat.say(`${a.serial} seri numaralı kartımız çalındı iptal edin`);
    expect(answer).toContain("32******84");
    expect(answer).not.toContain("i***@u***.com.tr");
  });
});
