/**
 * A revocation asked for another reason than loss or theft (tester round 18): "sertifikamızı iptal
 * ettirmek istiyoruz, şirketi kapattık" went through the code and the certificate's choice before
 * being told the chat revokes only lost or stolen cards. It is told at once; no code is sent.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("revocation for another reason", () => {
  it.each([
    "sertifikamızı iptal ettirmek istiyoruz, şirketi kapattık",
    "şirketimiz tasfiye edildi, sertifikamızı iptal etmek istiyoruz",
    "mali mühürü iptal etmek istiyorum artık kullanmıyoruz",
    "we closed the company, please revoke our certificate",
  ])("'%s' is told the chat revokes lost or stolen cards only, before any code", async (message) => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    const sentBefore = ctx.world.outbox.sent.length;
    const answer = await ctx.chat.say(message);
    expect(answer).toMatch(/yalnızca kaybolan ya da çalınan|only lost or stolen/);
    expect(answer).not.toMatch(/VKN'sini/);
    expect(ctx.world.outbox.sent.length).toBe(sentBefore);
  });

  it.each(["kartımız kayboldu iptal edin, şirketi de kapatıyoruz", "sertifikamı iptal etmek istiyorum"])(
    "'%s' (lost, or no reason) still goes to verification",
    async (message) => {
      const ctx = await setup();
      expect(await ctx.chat.say(message)).toMatch(/VKN'sini/);
    },
  );
});
