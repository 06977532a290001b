/**
 * The money asked back with the progressive "istiyoruz/istiyorum" after a story ("hsm kurulumundan
 * vazgeçtik ödediğimiz ücreti geri istiyoruz", "yatırdığımız parayı geri istiyorum"): refund (R6.3),
 * whatever the story named (the HSM, the card, the application). The money-back rule knew "geri
 * iste-" but not "geri isti-yor".
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the money wanted back", () => {
  it.each([
    ["hsm'yi yükletmekten vazgeçtik, ödediğimiz bedeli geri istiyoruz", "tr"],
    ["kart tipini yanlış seçmişiz hsm olacaktı, yatırdığımız parayı geri istiyorum", "tr"],
    ["yerinde kurulum yapılmadı, ücreti geri istiyoruz", "tr"],
  ] as const)("%s (%s) → refund", (text, locale) => {
    expect(intentOf(text, locale)).toBe("refund");
  });
});
