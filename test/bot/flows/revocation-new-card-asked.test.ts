/**
 * A new card asked during a revocation ("iptal edersem yeni kart ne zaman gelir" at "onaylıyor
 * musunuz?"): before, "Yanıtınızdan emin olamadım" (the revocation cue read it as neither yes nor a
 * question). No new card comes by itself: revoke first, then apply again (R7.4). Answered, the
 * confirmation kept pending and asked again; nothing is revoked on a question.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

async function atConfirmation(locale: "tr" | "en") {
  const world = await setup({ locale });
  await world.world.addCertificate(firm);
  await world.chat.say(locale === "tr" ? "kartımızı kaybettik" : "we lost our card");
  await world.chat.say(firm.vkn);
  await world.chat.say(world.world.lastCodeTo(firm.email)!);
  await world.chat.press(locale === "tr" ? "Kayıp" : "Lost");
  return world;
}

describe("a new card asked at the revocation's confirmation", () => {
  it.each([
    ["tr", "iptal edersem yeni kart ne zaman gelir"],
    ["tr", "iptal ettikten sonra yenisi kaç günde gelir?"],
    ["tr", "yeni kart nasil gelecek"],
    ["en", "if I revoke it when will the new card arrive?"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat, world } = await atConfirmation(locale);
    const reply = await chat.say(question);
    expect(reply).toMatch(/yeniden başvurursunuz|apply again/);
    expect(reply).not.toMatch(/emin olamadım|could not tell/);
    expect(reply).toMatch(/Onaylıyor musunuz\?|Do you confirm\?/);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
    expect(await chat.say(locale === "tr" ? "hayır" : "no")).toMatch(/iptal edilmedi|not revoked/);
  });

  it("can this be undone? (English) at the confirmation and at the reason: R7.1, nothing revoked", async () => {
    const { chat, world } = await setup({ locale: "en" });
    await world.addCertificate(firm);
    await chat.say("we lost our card");
    await chat.say(firm.vkn);
    await chat.say(world.lastCodeTo(firm.email)!);
    const atReason = await chat.say("can this be undone?");
    expect(atReason).toMatch(/cannot be undone/);
    expect(atReason).not.toMatch(/only be revoked because/);
    await chat.press("Lost");
    const atConfirm = await chat.say("can this be undone?");
    expect(atConfirm).toMatch(/cannot be undone/);
    expect(atConfirm).not.toMatch(/could not tell/);
    expect(atConfirm).toMatch(/Do you confirm\?/);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
  });
});
