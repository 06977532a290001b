/**
 * A price asked during a revocation: "iptal edersem yeni kart ne kadar" at "onaylıyor musunuz?" got
 * "revoke first, then apply" (the "ne kadar" was read as when the new card comes), and "yeni kartın
 * ücreti ne olur" got "Yanıtınızdan emin olamadım". The prices (R6.1) answer it, then the pending
 * question again; nothing is revoked on it, and a plain yes after it still revokes. When the new
 * card comes ("ne kadar sürede gelir") is still R7.4's answer.
 */
import { describe, expect, it } from "vitest";
import { firmARevoked, lostCardAtConfirmation, verifiedFirmA } from "../harness.ts";

const atConfirmation = lostCardAtConfirmation;
const revoked = firmARevoked;

describe("a price asked at the revocation's confirmation", () => {
  it.each([
    "iptal edersem yeni kart ne kadar",
    "iptal edersem yeni kart ne kadar?",
    "yeni kartın ücreti ne olur",
    "yeni kartin ucreti ne olur",
    "yenisi kaça",
    "yeni kart kac para olur",
    "yeni sertifika için ne kadar ödeyeceğiz",
    "tekrar başvurunun bedeli nedir",
  ])("tr: %s", async (question) => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say(question);
    expect(reply).toMatch(/Güncel fiyatlar/);
    expect(reply).not.toMatch(/önce sertifika iptal edilir/);
    expect(reply).not.toMatch(/emin olamadım/);
    expect(reply).toMatch(/Onaylıyor musunuz\?/);
    expect(await revoked(ctx)).toBe(false);
    expect(await ctx.chat.say("evet")).toMatch(/iptal edildi/);
    expect(await revoked(ctx)).toBe(true);
  });

  it.each(["if I revoke, how much is the new card?", "what will the replacement cost?"])(
    "en: %s",
    async (question) => {
      const ctx = await atConfirmation("en");
      const reply = await ctx.chat.say(question);
      expect(reply).toMatch(/Current prices/);
      expect(reply).toMatch(/Do you confirm\?/);
      expect(await revoked(ctx)).toBe(false);
    },
  );

  it("a yes beside the price question is not taken", async () => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say("evet ama yeni kart ne kadar");
    expect(reply).toMatch(/Güncel fiyatlar/);
    expect(reply).toMatch(/henüz iptal etmedim/i);
    expect(await revoked(ctx)).toBe(false);
  });

  it("at the reason question: the prices, then the reason again", async () => {
    const ctx = await verifiedFirmA("tr", "sertifika iptali");
    const reply = await ctx.chat.say("iptal edersem yeni kart ne kadar");
    expect(reply).toMatch(/Güncel fiyatlar/);
    expect(reply).toMatch(/İptal nedeni nedir\?/);
  });

  it("when the new card comes is still R7.4's answer", async () => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say("iptal edersem yeni kart ne kadar sürede gelir");
    expect(reply).toMatch(/yeniden başvurursunuz/);
    expect(reply).not.toMatch(/Güncel fiyatlar/);
  });
});
