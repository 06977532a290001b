/**
 * What a certificate status means, asked ("askıda ne demek", "iptal edildi ne demek", "what does
 * revoked mean", "yenileme bekliyor ne demek"): before, "askıda ne demek" got the status question
 * (a serial number asked for), "iptal edildi ne demek" the menu, "what does revoked mean" the menu,
 * "yenileme bekliyor ne demek" the renewal text. Each now gets that status's meaning
 * (bot/nlu/status-meaning.ts, info.status_meaning.*), never a revocation or the status question.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { statusMeaningAsked } from "../../../bot/nlu/status-meaning.ts";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

const tr: [string, string, string[]][] = [
  [
    "suspended",
    "askıya alınmaz",
    [
      "askıda ne demek",
      "askida ne anlama geliyor",
      "sertifikam askıda görünüyor bu ne demek?",
      "askıya alınmış ne demek acaba",
    ],
  ],
  [
    "revoked",
    "kalıcı olarak kullanıma kapatıldığı",
    ["iptal edildi ne demek", "iptal edilmiş ne anlama geliyor", "durumu iptal edilmiş yazıyor, anlamı ne"],
  ],
  [
    "renewal_pending",
    "bizim gösterdiğimiz bir sertifika durumu değildir",
    ["yenileme bekliyor ne demek", "yenileme bekleniyor yaziyor ne demek bu"],
  ],
  ["expired", "3 yıllık geçerlilik süresi", ["süresi dolmuş ne demek", "suresi doldu ne anlama gelir"]],
];

const en: [string, string, string[]][] = [
  [
    "revoked",
    "closed for use for good",
    ["what does revoked mean", "what does it mean that my certificate is revoked?"],
  ],
  ["suspended", "never suspended", ["what does suspended mean", "meaning of on hold status"]],
  ["expired", "3-year validity", ["what does expired mean"]],
];

describe("the meaning of a status, asked: that meaning", () => {
  for (const [term, part, messages] of tr)
    for (const message of messages)
      it(`tr ${term}: ${message}`, async () => {
        expect(statusMeaningAsked(foldTurkish(message))).toBe(term);
        const { chat } = await setup();
        const reply = await chat.say(message);
        expect(reply).toContain(part);
        expect(reply).not.toMatch(/seri numarasını|onaylıyor musunuz|Size nasıl yardımcı/);
      });
  for (const [term, part, messages] of en)
    for (const message of messages)
      it(`en ${term}: ${message}`, async () => {
        expect(statusMeaningAsked(foldTurkish(message))).toBe(term);
        const { chat } = await setup({ locale: "en" });
        const reply = await chat.say(message);
        expect(reply).toContain(part);
        expect(reply).not.toMatch(/Please type the certificate|How can I help/);
      });
});

describe("inside a dialog: answered in passing, the dialog kept", () => {
  it("at the application's e-mail question", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const reply = await chat.say("askıda ne demek?");
    expect(reply).toContain("askıya alınmaz");
    expect(reply).toContain("e-posta adresinizi yazın");
    expect(await chat.say("bilgi@ornek.com.tr")).toContain("Cep telefonu numaranızı yazın");
  });

  it("at the status question", async () => {
    const { chat } = await setup();
    await chat.say("sertifika durumu sorgulamak istiyorum");
    const reply = await chat.say("iptal edildi ne demek");
    expect(reply).toContain("kalıcı olarak kullanıma kapatıldığı");
  });
});

describe("not a status's meaning", () => {
  it.each([
    "sertifikam askıda mı",
    "mühürüm iptal edilmiş mi",
    "kartımı kaybettim iptal etmek istiyorum",
    "iptal etmek ne demek, kartı kaybettik",
    "askıya alabilir miyiz",
    "is my certificate revoked?",
    "please revoke our seal, what does that mean for our invoices",
    "e-imza ne demek",
  ])("%s", (message) => {
    expect(statusMeaningAsked(foldTurkish(message))).toBeUndefined();
  });
});
