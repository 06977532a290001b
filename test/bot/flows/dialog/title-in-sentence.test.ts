/**
 * An unvan typed inside a sentence ("Örnek Gıda ltd sti'yiz", "biz Örnek Gıda Limited Şirketiyiz",
 * "Örnek Yazılım A.Ş. dir", "Örnek Gıda Ltd. Şti. olarak geçiyor", "şirketimiz Örnek Turizm A.Ş.")
 * was stored whole, and the unvan becomes the certificate's name: the summary read "ÖRNEK GIDA LTD.
 * ŞTİ.'YİZ". The words around an unvan ending in its legal form are left out
 * (bot/flows/dialog/title-answer.ts titleWithoutSentence), the customer is told what was taken, and a
 * real unvan ("Bizim Toptan A.Ş.", "Örnek A.Ş. İstanbul Şubesi") is kept as typed.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

async function summaryFor(title: string): Promise<{ atTitle: string; summary: string }> {
  const { chat } = await setup();
  await sayAll(chat, tuzelCardAnswers.slice(0, 3));
  const atTitle = await chat.say(title);
  const summary = await sayAll(chat, tuzelCardAnswers.slice(4));
  return { atTitle, summary };
}

describe("the unvan without the sentence around it", () => {
  it.each([
    ["Örnek Gıda ltd sti'yiz", "ÖRNEK GIDA LTD. ŞTİ."],
    ["biz Örnek Gıda Limited Şirketiyiz", "ÖRNEK GIDA LİMİTED ŞİRKETİ"],
    ["unvanımız Örnek Yazılım A.Ş. dir", "ÖRNEK YAZILIM A.Ş."],
    ["Örnek Yazılım Anonim Şirketi'dir", "ÖRNEK YAZILIM ANONİM ŞİRKETİ"],
    ["Örnek Gıda Ltd. Şti. olarak geçiyor", "ÖRNEK GIDA LTD. ŞTİ."],
    ["şirketimiz Örnek Turizm A.Ş.", "ÖRNEK TURİZM A.Ş."],
    ["Örnek Gıda Ltd Şti yazıyor vergi levhasında", "ÖRNEK GIDA LTD. ŞTİ."],
  ])("%s → %s", async (typed, stored) => {
    const { atTitle, summary } = await summaryFor(typed);
    expect(atTitle).toContain(`şöyle aldım: ${stored}`);
    expect(summary).toContain(`Unvan: ${stored}\n`);
  });
});

describe("an unvan as typed is kept", () => {
  it.each([
    ["Bizim Toptan A.Ş.", "BİZİM TOPTAN A.Ş."],
    ["Örnek A.Ş. İstanbul Şubesi", "ÖRNEK A.Ş. İSTANBUL ŞUBESİ"],
    ["Örnek Tekstil Sanayi ve Ticaret A.Ş.", "ÖRNEK TEKSTİL SANAYİ VE TİCARET A.Ş."],
  ])("%s", async (typed, stored) => {
    const { atTitle, summary } = await summaryFor(typed);
    expect(atTitle).not.toContain("şöyle aldım");
    expect(summary).toContain(`Unvan: ${stored}\n`);
  });
});
