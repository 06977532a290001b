/**
 * The firm's name, unvan or VKN told as changed, then the seal's validity or status asked ("firma
 * ismi değişti sertifika geçerli mi") is R5.2: a new mali mühür is needed. It is no status query.
 * The unvan said unchanged keeps the status.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("title changed, is the seal valid", () => {
  it.each([
    ["firma ismi değişti sertifika geçerli mi", "tr"],
    ["firmamızın ismi degisti sertifika gecerli mi", "tr"],
    ["sirketin adi degisti muhur durumu ne", "tr"],
    ["vergi no değişti mühür geçerliliğini korur mu", "tr"],
    ["our company name changed, is the certificate still valid", "en"],
    ["şirket adımız değişti mühür hala geçerli mi", "tr"],
  ] as const)("'%s' → vkn_title_change", (text, locale) => {
    expect(intentOf(text, locale)).toBe("vkn_title_change");
  });

  it.each([
    ["mühürümüzün durumu nedir", "tr", "cert_status"],
    ["adresimiz değişti unvan aynı sertifika geçerli mi", "tr", "address_change"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
