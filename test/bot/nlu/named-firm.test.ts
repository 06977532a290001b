/**
 * An application opened with the answers already given: the firm named by its VKN before the word
 * ("4540536920 vknli", "3230512384 vergi nolu") or by its unvan ("unvan Örnek Gıda Ltd Şti") is the
 * firm introducing itself, not a VKN or unvan change (R5.2).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a firm named in an application", () => {
  it.each([
    "merhaba 3230512384 vergi nolu anonim şirket adına başvuru yapacağım",
    "6180884538 vergi numaralı firmamız için başvuru yapmak istiyoruz",
    "VKN 6180884538, unvan ÖRNEK GIDA LTD ŞTİ, mali mühür başvurusu",
  ])("'%s' → apply", (text) => {
    expect(intentOf(text)).toBe("apply");
  });

  it.each([
    "3230512384 vknli firmamızın unvanı değişti",
    "6180884538 vergi nolu şirketimizin vergi numarası değişti",
  ])("'%s' is still a VKN/unvan change", (text) => {
    expect(intentOf(text)).toBe("vkn_title_change");
  });
});
