/**
 * The revocation's "onaylıyor musunuz?" (R7.1: irreversible) acts on a plain yes only (tester round
 * 18): a yes beside a refusal or a delay revoked the certificate; "iptal edin" there (meaning "revoke
 * it") was taken for the command that leaves the dialog; "aslında kayıp değil çalıntı" ended it.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

/** Verified for firm A with its reason given: the confirmation is open. */
async function atConfirmation(): Promise<Ctx> {
  const ctx = await setup();
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say("sertifika iptali");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  const warning = await ctx.chat.say("kayıp");
  expect(warning).toMatch(/geri alınamaz/);
  return ctx;
}

const statusesOf = async (ctx: Ctx) =>
  (await ctx.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status);

describe("the revocation's confirmation", () => {
  it.each([
    "evet iptal etmeyin",
    "evet iptal etme",
    "evet, vazgeçtim",
    "evet sonra yaparım",
    "evet dur bekle",
    "yes but later",
  ])("'%s' revokes nothing and asks again", async (message) => {
    const ctx = await atConfirmation();
    const answer = await ctx.chat.say(message);
    expect(answer).not.toMatch(/iptal edildi \(/);
    expect(answer).toMatch(/geri alınamaz/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it.each(["evet", "evet iptal edin", "evet lütfen sertifikayı iptal edin", "onaylıyorum"])(
    "'%s' revokes",
    async (message) => {
      const ctx = await atConfirmation();
      expect(await ctx.chat.say(message)).toMatch(/iptal edildi/);
      expect(await statusesOf(ctx)).toContain("revoked");
    },
  );

  it("'iptal edin' asks whether to revoke or stop (it is not the command that leaves); then 'evet' revokes", async () => {
    const ctx = await atConfirmation();
    const answer = await ctx.chat.say("iptal edin");
    expect(answer).toMatch(/"evet"/);
    expect(answer).not.toMatch(/vazgeçtiniz/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
  });

  it("the bare command 'iptal' leaves, saying plainly that nothing was revoked", async () => {
    const ctx = await atConfirmation();
    expect(await ctx.chat.say("iptal")).toMatch(/sertifikanız iptal edilmedi ve geçerliliğini koruyor/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it("'aslında kayıp değil çalıntı' changes the reason and asks again; the confirmation names it", async () => {
    const ctx = await atConfirmation();
    expect(ctx.chat.transcript.at(-1)).toMatch(/İptal nedeni: Kayıp/);
    const answer = await ctx.chat.say("aslında kayıp değil çalıntı");
    expect(answer).toMatch(/İptal nedeni: Çalıntı/);
    expect(answer).toMatch(/geri alınamaz/);
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
    const revoked = (await ctx.world.certificates.findByVkn(firmA.vkn)).find((c) => c.status === "revoked");
    expect(revoked?.revocationReason).toBeDefined();
  });
});
