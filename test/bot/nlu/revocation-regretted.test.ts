/**
 * A revocation already done and regretted: done by mistake ("yanlışlıkla iptal ettik", "we
 * accidentally revoked our seal"), or the card found afterwards and wanted in use again ("iptal
 * ettirdiğimiz mühürü tekrar aktif edebilir misiniz", "we revoked it but found the card, can we use
 * it again"). The answer is R7.1 (it cannot be undone): revoke_undo, never a new revocation. A
 * revoked certificate only asked about stays a status question, and a cancelled application is no
 * revocation.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a revocation done and regretted", () => {
  it.each([
    ["muhasebeci yanlışlıkla mühürü iptal etti", "tr"],
    ["mühürü hata ile iptal ettirmişiz", "tr"],
    ["iptal ettiğimiz sertifikayı tekrar aktif etmek istiyoruz", "tr"],
    ["iptal ettirdiğimiz kartı yeniden kullanabilir miyiz", "tr"],
    ["iptal edilmiş mühürü yeniden etkinleştirebilir misiniz", "tr"],
    ["mühürü kapattırdık ama kart çekmeceden çıktı, tekrar açılabilir mi", "tr"],
    ["our accountant revoked the seal by accident", "en"],
    ["we mistakenly revoked the certificate", "en"],
    ["the seal was revoked in error, please help", "en"],
    ["we had it revoked but found the card, can we use it again", "en"],
  ] as const)("%s (%s) → revoke_undo", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke_undo");
  });

  it.each([
    ["iptal edilmiş mi tekrar kontrol eder misiniz", "tr", "cert_status"],
    ["yanlışlıkla iki başvuru yaptık birini iptal ettik", "tr", "cancel_application"],
    ["yanlışlıkla kartı çöpe attık, iptal etmemiz lazım", "tr", "revoke"],
    ["we revoked it by mistake, do we apply again now", "en", "apply"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
