/**
 * "Yenileme yapınca eski kart çalışmaya devam eder mi" got the card/HSM comparison, "yeni sertifika
 * gelince eskisi iptal mi oluyor" the status question, "does the old card still work after renewal"
 * the address change. A renewal revokes nothing (R8.3, R7.2): the old certificate stays valid until
 * its end date (info.old_certificate_kept). An old number or address is a contact update, and an old
 * card lost is still the revocation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { oldCertificateKeptAsked } from "../../../bot/nlu/old-certificate-revocation.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";
import { setup } from "../harness.ts";

const asked: [string, "tr" | "en"][] = [
  ["yenileme yapınca eski kart çalışmaya devam eder mi", "tr"],
  ["yeni sertifika gelince eskisi iptal mi oluyor", "tr"],
  ["yenilersem eski mühür ne olur", "tr"],
  ["yeni kart gelene kadar eskisini kullanabilir miyiz", "tr"],
  ["eski kartimiz yenisi gelince de gecerli mi", "tr"],
  ["yeni muhur alinca onceki sertifika gecersiz mi olur", "tr"],
  ["after renewal does the old card still work", "en"],
  ["can we keep using the old seal until the new one arrives?", "en"],
  ["what happens to our previous certificate when we renew", "en"],
];

const notThis: [string, "tr" | "en"][] = [
  ["eski telefon numaramız artık kullanılmıyor yeni numara 0532 111 22 33", "tr"],
  ["eski adresimize gönderilmesin yeni adresimiz değişti", "tr"],
  ["yeni kart kullanmaya başladık", "tr"],
  ["our old phone number is not used any more, the new one is 0532 111 22 33", "en"],
];

describe("the old certificate after renewal", () => {
  it.each(asked)("%j is asked", (text) => {
    expect(oldCertificateKeptAsked(foldTurkish(text))).toBe(true);
  });

  it.each(notThis)("%j is not", (text) => {
    expect(oldCertificateKeptAsked(foldTurkish(text))).toBe(false);
  });

  it.each(asked)("%j: the old one stays valid, nothing revoked or looked up", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).toMatch(locale === "tr" ? /eskisini iptal etmez/ : /does not revoke the old one/);
    expect(reply).not.toMatch(/kimliğinizi doğrulamamız|verify your identity|seri numarasını|serial number/);
  });

  it("an old card lost is still the revocation", () => {
    expect(topIntent(understand(foldTurkish("eski kartımız kayboldu yenisi gelince ne olur"), "tr"))).toBe(
      "revoke",
    );
  });
});
