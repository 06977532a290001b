/**
 * A PIN typed wrong or too often until the card no longer opens or signs is the locked PIN (R4.2),
 * however the fault is told; a PIN that is right, the PUK and another system's password are not.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("PIN tried wrong", () => {
  it.each([
    ["şifre birçok kez denendi, kart artık yanıt vermiyor", "tr", "pin_locked"],
    ["sekreterimiz pini 3 kez hatalı yazmış, imzalayamıyoruz", "tr", "pin_locked"],
    ["pinin deneme hakkı doldu", "tr", "pin_locked"],
    ["the pin was entered incorrectly several times and now nothing signs", "en", "pin_locked"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["pini doğru girdik ama imza hatası alıyoruz", "tr", "troubleshoot"],
    ["pin is correct but signing still fails", "en", "troubleshoot"],
  ] as const)("%s (%s) stays %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
