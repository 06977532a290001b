/**
 * A revocation called off in words at its reason or confirmation question (tester 20's d10; R7.1:
 * irreversible, a clear stop is honoured): "kart bulundu, iptal etmeyin", "bir dakika, kartı bulduk
 * galiba", "vazgeçtik kart bulundu" got "Buradan yalnızca kayıp veya çalıntı nedeniyle iptal
 * yapılabilir … İptal nedeni nedir?". Now the revocation ends, saying plainly nothing was revoked.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

async function atReason(): Promise<Ctx> {
  const ctx = await setup();
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say("iptal işlemi başlatmak istiyorum");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
  return ctx;
}

const statusesOf = async (ctx: Ctx) =>
  (await ctx.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status);

const calledOff = [
  "kart bulundu, iptal etmeyin",
  "bir dakika, kartı bulduk galiba",
  "vazgeçtik kart bulundu",
  "iptal etmek istemiyoruz",
  "we found the card",
];

describe("a revocation called off in words", () => {
  it.each(calledOff)("'%s' at the reason question leaves, nothing revoked", async (message) => {
    const ctx = await atReason();
    const answer = await ctx.chat.say(message);
    expect(answer).not.toContain("İptal nedeni nedir");
    expect(answer).toMatch(/iptal edilmedi/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    // the dialog is left: a later "evet" revokes nothing
    await ctx.chat.say("evet");
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it.each(calledOff)("'%s' at the confirmation leaves, nothing revoked", async (message) => {
    const ctx = await atReason();
    expect(await ctx.chat.say("kayıp")).toMatch(/geri alınamaz/);
    const answer = await ctx.chat.say(message);
    expect(answer).not.toMatch(/geri alınamaz/);
    expect(answer).toMatch(/iptal edilmedi/);
    await ctx.chat.say("evet");
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it.each(["kartı bulamıyoruz", "kaybettik, hiçbir yerde bulamadık"])(
    "'%s' is still the reason kayıp",
    async (message) => {
      const ctx = await atReason();
      const answer = await ctx.chat.say(message);
      expect(answer).toMatch(/İptal nedeni: Kayıp/);
      expect(answer).toMatch(/geri alınamaz/);
    },
  );
});
