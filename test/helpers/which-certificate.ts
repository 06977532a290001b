/**
 * A conversation brought to the revocation's "which certificate" question: a firm with the given
 * certificates, a lost card told, the VKN typed and the e-mailed code typed.
 */
import { expect } from "vitest";
import { setup } from "../bot/harness.ts";

/** The firm whose certificates these conversations revoke. */
export const revokingFirm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

/** Two cards of {@link revokingFirm}'s: one issued in January 2024, one in October 2026. */
export const twoCards = [
  { medium: "card" as const, notBefore: "2024-01-10" },
  { medium: "card" as const, notBefore: "2026-10-20" },
];

/** Starts a conversation and answers up to "Hangisini iptal etmek istiyorsunuz?"; the certificates in the order given. */
export async function atCertificateQuestion(
  locale: "tr" | "en",
  certs: { medium: "card" | "hsm"; notBefore: string }[],
) {
  const ctx = await setup({ locale });
  const added = [];
  for (const c of certs) added.push(await ctx.world.addCertificate({ ...revokingFirm, ...c }));
  await ctx.chat.say(
    locale === "tr" ? "kart kayboldu iptal ettirecegim" : "we lost our card, please revoke it",
  );
  await ctx.chat.say(revokingFirm.vkn);
  const asked = await ctx.chat.say(ctx.world.lastCodeTo(revokingFirm.email)!);
  expect(asked).toMatch(locale === "tr" ? /Hangisini/ : /Which one/);
  return { ctx, added };
}
