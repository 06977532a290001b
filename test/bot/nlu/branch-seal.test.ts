/**
 * "Şube olarak ayrı mühür almamız lazım mı" got the R9 firms that cannot apply online, "İstanbul
 * şubemiz için de mali mühür gerekir mi" started an application, "do our branches need their own
 * seal" got the card/HSM comparison. The seal names the firm's VKN and unvan: branches under the same
 * VKN need none each; a firm with its own VKN applies for its own (R3.3.3); branches that sign too
 * are a reason for an HSM (R2.2): info.branch_seal. A foreign company's branch, a card sent to a
 * branch and a branch's signing volume stay with their own topics.
 */
import { describe, expect, it } from "vitest";
import { branchSealAsked } from "../../../bot/nlu/branch-seal.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { setup } from "../harness.ts";

const asked: [string, "tr" | "en"][] = [
  ["şube olarak ayrı mühür almamız lazım mı", "tr"],
  ["istanbul şubemiz için de mali mühür gerekir mi", "tr"],
  ["her şube için ayrı kart mı gerekiyor", "tr"],
  ["subelerimiz icin ayri basvuru mu yapacagiz", "tr"],
  ["Ankara şubesi kendi mührünü mü almalı?", "tr"],
  ["do our branches need their own seal", "en"],
  ["does each branch need a separate certificate?", "en"],
];

const notThis = [
  "Alman şirketinin Türkiye şubesiyiz ayrı mühür gerekir mi",
  "kartı şubemize gönderebilir misiniz",
  "şubelerimiz de fatura kesiyor hangisi uygun",
  "şube müdürümüz kartı teslim alabilir mi",
  "Merkez İstanbul, 8 şubemiz var ve her şube kendi faturasını kesiyor. Tek akıllı kartla yetişmiyor, HSM'e mi geçmeliyiz?",
];

describe("whether each branch needs its own seal", () => {
  it.each(asked)("%j is asked", (text) => {
    expect(branchSealAsked(foldTurkish(text))).toBe(true);
  });

  it.each(notThis)("%j is another topic", (text) => {
    expect(branchSealAsked(foldTurkish(text))).toBe(false);
  });

  it.each(asked)("%j: one seal per VKN, no application started", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).toMatch(
      locale === "tr" ? /her biri için ayrı bir mali mühür gerekmez/ : /do not each need a seal/,
    );
    expect(reply).not.toMatch(
      /çevrim içi başvuru yapılamaz|cannot apply online|tüzel kişi adına mı|legal person/,
    );
  });
});
