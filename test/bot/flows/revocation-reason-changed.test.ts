/**
 * A change of the revocation's reason said with "vazgeçtim" ("vazgeçtim kayıp olsun" after
 * "çalıntı"): before, the give-up word stopped the whole revocation ("iptal işlemini durdurdum"),
 * and "changed my mind, make it lost" left it too. The new reason is taken (at the confirmation it
 * is named and the confirmation asked again); nothing is revoked until a plain yes. A give-up
 * without a reason, or with the reason denied, still stops it.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

/** Verified for firm A: the reason question is open. */
async function atReason(locale: "tr" | "en" = "tr"): Promise<Ctx> {
  const ctx = await setup({ locale });
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say(locale === "tr" ? "sertifika iptali" : "I need to revoke my certificate");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  return ctx;
}

const statusesOf = async (ctx: Ctx) =>
  (await ctx.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status);

describe("the revocation's reason changed with a give-up word", () => {
  it.each([
    ["çalıntı", "vazgeçtim kayıp olsun", /İptal nedeni: Kayıp/],
    ["çalıntı", "yok vazgeçtim kayip", /İptal nedeni: Kayıp/],
    ["kayıp", "vazgeçtim, aslında çaldılar", /İptal nedeni: Çalıntı/],
    ["kayıp", "vazgectim calinti olsun", /İptal nedeni: Çalıntı/],
  ])("at the confirmation after '%s': %s", async (first, change, named) => {
    const ctx = await atReason();
    await ctx.chat.say(first);
    const reply = await ctx.chat.say(change);
    expect(reply).toMatch(named);
    expect(reply).toMatch(/Onaylıyor musunuz/);
    expect(reply).not.toMatch(/durdurdum/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
  });

  it("at the reason question: 'vazgeçtim çalıntı olsun' is the reason", async () => {
    const ctx = await atReason();
    const reply = await ctx.chat.say("vazgeçtim çalıntı olsun");
    expect(reply).toMatch(/İptal nedeni: Çalıntı/);
    expect(reply).not.toMatch(/durdurdum/);
  });

  it.each(["changed my mind, make it lost", "never mind, it was lost"])(
    "en, at the confirmation after 'stolen': %s",
    async (change) => {
      const ctx = await atReason("en");
      await ctx.chat.say("stolen");
      const reply = await ctx.chat.say(change);
      expect(reply).toMatch(/Reason for revocation: Lost/);
      expect(reply).not.toMatch(/stopped the revocation/);
    },
  );

  it.each(["vazgeçtim", "vazgeçtim kayıp değil", "iptal etmekten vazgeçtim kayıp olsa da"])(
    "'%s' still stops it",
    async (message) => {
      const ctx = await atReason();
      await ctx.chat.say("çalıntı");
      expect(await ctx.chat.say(message)).toMatch(/durdurdum|iptal edilmedi/);
      expect(await statusesOf(ctx)).not.toContain("revoked");
    },
  );
});
