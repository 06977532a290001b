/**
 * The first checks of R10.1 told as passed (the PIN right or not blocked, the card read, the
 * certificate valid) and a failure still there ("pin bloke değil, kart da geçerli ama program mühürü
 * görmüyor", "PIN isn't blocked and the seal is valid but the software can't see it"): the fault is
 * in the application using the seal (R10.2), troubleshoot, not the locked PIN or the status the
 * denied words name; a revocation or an expiry denied is such a passed check, not a revocation
 * cue nor an expiry told (R8).
 * A lock that is still told ("pin doğru ama kart bloke diyor") is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the checks passed, the signing still fails", () => {
  it.each([
    ["pin kilitli değil, sertifika da aktif ama e-arşiv imzalanmıyor", "tr"],
    ["şifre doğru, mühür geçerli görünüyor fakat muhasebe programı hata veriyor", "tr"],
    ["kart okunuyor pin kabul ediliyor yine de imza atamıyoruz", "tr"],
    ["sertifikanın süresi dolmadı, pin de bloke olmadı ama entegratör mühürü tanımıyor", "tr"],
    ["the PIN is correct and the certificate is valid, yet signing fails", "en"],
    ["our PIN is not locked and the seal is active but the ERP cannot sign", "en"],
    ["mühürün süresi bitmemiş, iptal de edilmemiş ama e-fatura imzalanmıyor", "tr"],
    ["sertifika iptal edilmedi, süresi de geçmedi, yine de imza hatası alıyoruz", "tr"],
    ["the seal hasn't expired or been revoked but the software still fails to sign", "en"],
    ["our certificate is not revoked and not expired, still the signing fails", "en"],
  ] as const)("%s (%s) → troubleshoot", (text, locale) => {
    expect(intentOf(text, locale)).toBe("troubleshoot");
  });

  it.each([
    ["pin doğru girdik ama kart bloke diyor", "tr", "pin_locked"],
    ["kart kaybolmadı, pin bloke oldu", "tr", "pin_locked"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
