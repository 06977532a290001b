/**
 * Doubt at the revocation's "onaylıyor musunuz?" ("emin değilim", "bir düşüneyim", "let me think
 * about it"): before, the whole irreversibility warning was said again after "Yanıtınızdan emin
 * olamadım". Nothing is revoked; a short re-ask says so (no warning again), with the yes/no buttons;
 * a plain yes afterwards revokes, a no keeps the certificate.
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

describe("the revocation's decision put off", () => {
  it.each([
    "emin değilim",
    "bir düşüneyim",
    "dusunmem lazim",
    "hmm karar veremedim",
    "bir dakika",
    "bilemedim ki",
  ])("tr: %s", async (message) => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say(message);
    expect(reply).toMatch(/Acele etmenize gerek yok/);
    expect(reply).not.toMatch(/seri numaralı/);
    expect(ctx.chat.buttons()).toEqual(["Evet", "Hayır"]);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
  });

  it.each(["let me think about it", "I'm not sure", "hold on"])("en: %s", async (message) => {
    const ctx = await atConfirmation("en");
    const reply = await ctx.chat.say(message);
    expect(reply).toMatch(/Take your time/);
    expect(reply).not.toMatch(/serial number/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it("'emin değilim, hayır' keeps the certificate", async () => {
    const ctx = await atConfirmation();
    expect(await ctx.chat.say("emin değilim, hayır")).toMatch(/iptal edilmedi/);
  });
});
