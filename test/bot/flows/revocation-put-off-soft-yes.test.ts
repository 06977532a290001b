/**
 * Doubt after a soft acknowledgement at the revocation's "onaylıyor musunuz?" ("peki bi düşüneyim",
 * "tamam bi dakika", "ok, let me think about it"): "peki", "tamam", "ok" were read as yes words, so
 * the doubt was not a decision put off and the whole warning came again (customer tester, second
 * round). A soft acknowledgement beside doubt is not a yes: the short re-ask, nothing revoked.
 * Real yeses still revoke.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { type setup, verifiedFirmA } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

async function atConfirmation(locale: "tr" | "en" = "tr"): Promise<Ctx> {
  const ctx = await verifiedFirmA(
    locale,
    locale === "tr" ? "sertifika iptali" : "I need to revoke my certificate",
  );
  await ctx.chat.say(locale === "tr" ? "kayıp" : "lost");
  return ctx;
}

const statusesOf = async (ctx: Ctx) =>
  (await ctx.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status);

describe("a soft acknowledgement beside doubt at the revocation's confirmation", () => {
  it.each([
    "peki bi dusuneyim",
    "peki bi düşüneyim",
    "tamam bi dakika",
    "peki, bir düşüneyim o zaman",
    "tamam ama emin değilim",
    "olur da bi düşüneyim",
  ])("tr: %s", async (message) => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say(message);
    expect(reply).toMatch(/Acele etmenize gerek yok/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it.each(["ok, let me think about it", "okay hold on", "alright, I'm not sure"])(
    "en: %s",
    async (message) => {
      const ctx = await atConfirmation("en");
      expect(await ctx.chat.say(message)).toMatch(/Take your time/);
      expect(await statusesOf(ctx)).not.toContain("revoked");
    },
  );

  it.each(["peki, iptal edin", "evet", "tamam onaylıyorum"])("tr yes still revokes: %s", async (m) => {
    const ctx = await atConfirmation();
    expect(await ctx.chat.say(m)).toMatch(/iptal edildi/);
  });
});
