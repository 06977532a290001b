/**
 * The firm moved or has a new address to report ("yeni adresimizi bildirmek istiyoruz", "we moved,
 * do we need to tell you", "do we need to update the address on the seal"): address_change (the
 * seal holds only VKN and unvan), not applying, before-applying or a contact update. The unvan or VKN
 * said unchanged ("adres değişti ama unvan aynı", "unvan değişmedi", "the company name is the same")
 * is no VKN/unvan change (R5.2). An e-mail address, the delivery address or our address is not this
 * class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a new address, the title the same", () => {
  it.each([
    ["merkezimizin yeni adresini size bildirmek istiyoruz", "tr", "address_change"],
    ["adresimiz değişti unvan değişmedi, yeni mühür gerekir mi", "tr", "address_change"],
    ["ofis taşındı ama şirket ismi aynı, bir şey yapmamız gerekir mi", "tr", "address_change"],
    ["we relocated, should we let you know", "en", "address_change"],
    ["must the address on our seal be updated after the move", "en", "address_change"],
    ["our address changed but the company name is the same", "en", "address_change"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["e-posta adresimizi değiştirmek istiyoruz", "tr", "contact_update"],
    ["teslimat adresini değiştirebilir miyiz kargo çıkmadan", "tr", "delivery"],
    ["adresimiz ve unvanımız değişti", "tr", "vkn_title_change"],
    ["we moved and our company name changed too", "en", "vkn_title_change"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
