/**
 * At the revocation's "onaylıyor musunuz?" (R7.1, irreversible) a side question is answered and the
 * confirmation asked again, as the application does (tester: "yeni kart kaç para" got only "emin
 * olamadım"); a question beside a yes ("evet ama önce bir sorum var, iptal edince e-faturalarım ne
 * olur") is answered and never revokes; a clear no with hedging words around it ("hmm emin değilim,
 * hayır") leaves without revoking. Nothing but a plain yes revokes.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

async function atConfirmation(locale: "tr" | "en" = "tr"): Promise<Ctx> {
  const ctx = await setup({ locale });
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say(locale === "tr" ? "sertifika iptali" : "I want to revoke my certificate");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  const warning = await ctx.chat.say(locale === "tr" ? "kayıp" : "lost");
  expect(warning).toMatch(locale === "tr" ? /geri alınamaz/ : /cannot be undone/);
  return ctx;
}

const statusesOf = async (ctx: Ctx) =>
  (await ctx.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status);

describe("a side question at the revocation's confirmation", () => {
  it.each([
    ["yeni kart kaç para", /Güncel fiyatlar/],
    ["fiyatı ne kadar?", /Güncel fiyatlar/],
    ["iptal geri alınabilir mi?", /geri alınamaz/],
    ["iptal edince e-faturalarım ne olur", /e-Fatura/],
    ["evet ama önce bir sorum var, iptal edince e-faturalarım ne olur", /e-Fatura/],
    ["evet de iptal ettikten sonra e-defter ne olacak?", /e-Defter/],
    ["tamam ama iptal sonrası fatura kesebilir miyim?", /e-Fatura/],
  ])("'%s' is answered, the confirmation asked again, nothing revoked", async (message, answerRe) => {
    const ctx = await atConfirmation();
    const answer = await ctx.chat.say(message);
    expect(answer).toMatch(answerRe);
    expect(answer).not.toMatch(/emin olamadım/);
    expect(answer).toMatch(/onaylıyor musunuz/i);
    expect(answer).not.toMatch(/iptal edildi \(/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    // the confirmation is still open: a plain yes now revokes
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
    expect(await statusesOf(ctx)).toContain("revoked");
  });

  it("a yes beside a question says the yes was not taken", async () => {
    const ctx = await atConfirmation();
    const answer = await ctx.chat.say("evet ama önce bir sorum var, iptal edince e-faturalarım ne olur");
    expect(answer).toMatch(/henüz iptal etmedim/i);
  });

  it("in English: 'how much is a new card?' and 'what happens to my e-invoices if I revoke?'", async () => {
    const ctx = await atConfirmation("en");
    const price = await ctx.chat.say("how much is a new card?");
    expect(price).toMatch(/price/i);
    expect(price).toMatch(/confirm/i);
    const effects = await ctx.chat.say("yes but first, what happens to my e-invoices after revocation?");
    expect(effects).toMatch(/e-Fatura|e-invoice/i);
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });
});

describe("a hedged no at the revocation's confirmation", () => {
  it.each([
    "hmm emin değilim, hayır",
    "bilmiyorum ya, hayır",
    "sanırım hayır",
    "hayır hayır, belki sonra",
    "hmm, not sure, no",
    "I think no",
    "galiba istemiyorum",
  ])("'%s' leaves without revoking", async (message) => {
    const ctx = await atConfirmation(/[a-z] no$|I think/.test(message) ? "en" : "tr");
    const answer = await ctx.chat.say(message);
    expect(answer).not.toMatch(/emin olamadım|could not tell/);
    expect(answer).toMatch(/iptal edilmedi|not revoked/);
    expect(await statusesOf(ctx)).not.toContain("revoked");
    // the dialog is left: a later "evet" revokes nothing
    await ctx.chat.say("evet");
    expect(await statusesOf(ctx)).not.toContain("revoked");
  });

  it.each(["hayır demiyorum, emin değilim", "evet mi hayır mı bilmiyorum", "no idea", "yes but later"])(
    "'%s' is still unclear: asked again, nothing revoked",
    async (message) => {
      const ctx = await atConfirmation(/^(no idea|yes but)/.test(message) ? "en" : "tr");
      const answer = await ctx.chat.say(message);
      expect(answer).toMatch(/emin olamadım|could not tell/);
      expect(await statusesOf(ctx)).not.toContain("revoked");
    },
  );
});
