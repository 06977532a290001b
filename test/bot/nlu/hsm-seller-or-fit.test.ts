/**
 * Two HSM questions by their own words: who sells or supplies one ("hsm satan firma önerir misiniz",
 * "hsm tedarik eden firmalar hangileri", "which companies sell HSMs") is hsm_supply (R2.4: the CA
 * does not supply it); whether the firm's own HSM fits ("mevcut hsm'miz uygun mu nasıl kontrol
 * ederiz", "how do we check our existing HSM is suitable") is hsm_requirements (R2.5). The card
 * named beside the HSM (choosing between them) or a price is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the HSM's seller, or whether ours fits", () => {
  it.each([
    ["hsm satan bir firma önerebilir misiniz", "tr", "hsm_supply"],
    ["hsm tedarikçisi olarak kimler var", "tr", "hsm_supply"],
    ["which companies sell these HSM devices", "en", "hsm_supply"],
    ["mevcut hsm cihazımız şartlara uyuyor mu", "tr", "hsm_requirements"],
    ["elimizdeki hsm'nin uygun olup olmadığını nasıl kontrol ederiz", "tr", "hsm_requirements"],
    ["how can we verify our current HSM is suitable", "en", "hsm_requirements"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["hsm mi satın alalım kart mı", "tr", "hsm_vs_card"],
    ["hsm satın almak için fiyat ne kadar", "tr", "prices"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
