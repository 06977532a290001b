/**
 * Tester (session 16): "hsm başvurusu" got only R2.4 ("HSM'yi biz sağlamıyoruz …") with no way to
 * apply, "akıllı kart başvurusu" the card-versus-HSM comparison, "hsm basvuru" the unsure question.
 * The thing applied for named with "başvuru" is a request to apply; questions about it are not.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("an application named with its medium", () => {
  it.each([
    ["hsm başvurusu", "tr"],
    ["hsm basvuru", "tr"],
    ["akıllı kart başvurusu", "tr"],
    ["kart başvurusu yapmak istiyorum", "tr"],
    ["mali mühür başvurusu", "tr"],
    ["yeni mali mühür başvurusu yapacağız", "tr"],
    ["e-seal application", "en"],
  ] as const)("%s (%s) → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each([
    ["hsm başvurusu için ne gerekir", "tr"],
    ["kart başvurusu ne kadar sürer", "tr"],
    ["mali mühür başvurusunu iptal etmek istiyorum", "tr"],
  ] as const)("%s (%s) is not taken for a bare request", (text, locale) => {
    expect(intentOf(text, locale)).not.toBe("apply");
  });
});
