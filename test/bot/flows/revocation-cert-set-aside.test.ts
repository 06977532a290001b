/**
 * Session 22's leftover: at the revocation's "which certificate" question, "the new card" and "not
 * the new one" were taken for "what now? a new card?" and answered with R7.4 (revoke first, apply
 * again), and a certificate only set aside ("yeni olan değil", "eskisi değil", "kart olan değil")
 * was asked again. A description is the answer to the question; what is set aside leaves the rest,
 * which is picked when it is one.
 */
import { describe, expect, it } from "vitest";
import { atCertificateQuestion, twoCards } from "../../helpers/which-certificate.ts";

const cardAndHsm = [
  { medium: "card" as const, notBefore: "2024-01-10" },
  { medium: "hsm" as const, notBefore: "2025-06-01" },
];

describe("a certificate described or set aside at the revocation's 'which certificate'", () => {
  it.each([
    ["en", "the new card", twoCards, 1],
    ["en", "the new one", twoCards, 1],
    ["en", "not the new one", twoCards, 0],
    ["en", "not the old card", twoCards, 1],
    ["tr", "yeni olan değil", twoCards, 0],
    ["tr", "yeni olan degil", twoCards, 0],
    ["tr", "eskisi değil", twoCards, 1],
    ["tr", "yeni aldığımız kart değil", twoCards, 0],
    ["tr", "kart olan değil", cardAndHsm, 1],
    ["tr", "HSM'deki değil", cardAndHsm, 0],
    ["en", "not the one on the HSM", cardAndHsm, 0],
  ] as const)("%s: %j picks the one meant and goes on to the reason", async (locale, text, certs, index) => {
    const { ctx, added } = await atCertificateQuestion(locale, [...certs]);
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/revoked first|önce iptal edilir|anlayamadım|could not tell/);
    expect(answer).toMatch(locale === "tr" ? /İptal nedeni nedir/ : /What is the reason/);
    const warning = await ctx.chat.say(locale === "tr" ? "evet" : "yes");
    expect(warning).toContain(added[index]!.serial);
    expect(warning).not.toContain(added[1 - index]!.serial);
  });

  it("tr: setting aside one of three leaves two: asked again, nothing guessed", async () => {
    const { ctx } = await atCertificateQuestion("tr", [
      ...twoCards,
      { medium: "hsm", notBefore: "2025-06-01" },
    ]);
    const answer = await ctx.chat.say("yeni olan değil");
    expect(answer).toMatch(/tahmin etmek istemiyorum[\s\S]*Hangisini/);
  });

  it("en: 'what now? do we need a new card?' at the question is still answered with R7.4", async () => {
    const { ctx } = await atCertificateQuestion("en", twoCards);
    expect(await ctx.chat.say("what now, do we need a new card?")).toMatch(/revoked first/);
  });
});
