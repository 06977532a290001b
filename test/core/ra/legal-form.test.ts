/**
 * Legal-form words typed without Turkish letters ("Ornek Bilisim Anonim Sirketi", "ABC Insaat Ltd
 * Sti") became "SİRKETİ" / "STİ" in the certificate's CN (Turkish upper case of "Sirketi", "Sti").
 * The unvan's validation spells the known legal-form words in Turkish, in the case they were typed,
 * so that they come out as the same words typed with Turkish letters do.
 */
import { describe, expect, it } from "vitest";
import { turkishUpperCase } from "../../../core/pki/distinguished-name.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

const cn = (typed: string) => turkishUpperCase(validateApplicationField("title", typed));

describe("legal-form words of an unvan", () => {
  it.each([
    ["Ornek Bilisim Anonim Sirketi", "Ornek Bilisim Anonim Şirketi", "ANONİM ŞİRKETİ"],
    ["Yilmaz Ticaret Limited Sirketi", "Yilmaz Ticaret Limited Şirketi", "LİMİTED ŞİRKETİ"],
    ["ABC Insaat Ltd Sti", "ABC Insaat Ltd. Şti.", "LTD. ŞTİ."],
    ["ABC Insaat Ltd. Sti.", "ABC Insaat Ltd. Şti.", "LTD. ŞTİ."],
    ["abc insaat ltd.sti.", "abc insaat ltd.şti.", "LTD.ŞTİ."],
    ["ORNEK BILISIM ANONIM SIRKETI", "ORNEK BILISIM ANONİM ŞİRKETİ", "ANONİM ŞİRKETİ"],
    ["XYZ SAN. VE TIC. LTD. STI.", "XYZ SAN. VE TİC. LTD. ŞTİ.", "SAN. VE TİC. LTD. ŞTİ."],
    ["Örnek Gıda A.S.", "Örnek Gıda A.Ş.", "GIDA A.Ş."],
    ["Ornek Ltd Şti", "Ornek Ltd. Şti.", "LTD. ŞTİ."],
  ])("'%s' is kept as '%s' (CN … %s)", (typed, kept, cnEnd) => {
    expect(validateApplicationField("title", typed)).toBe(kept);
    expect(validateApplicationField("groupTitle", typed)).toBe(kept);
    expect(cn(typed).endsWith(cnEnd)).toBe(true);
  });

  it.each([
    "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
    "Örnek Bilişim A.Ş.",
    "Öz-Er İnşaat (İstanbul) Ltd. Şti.",
    "3M SANAYİ VE TİCARET A.Ş.",
    "Tamam Gıda Ltd. Şti.",
  ])("'%s', typed with Turkish letters, is unchanged", (typed) => {
    expect(validateApplicationField("title", typed)).toBe(typed);
  });

  it("the firm's own name is left as typed; only the legal-form words change", () => {
    expect(validateApplicationField("title", "Sirketler Gida Ltd Sti")).toBe("Sirketler Gida Ltd. Şti.");
    // a bare "AS" is also a word, initials or a foreign form: as typed (replay 96)
    expect(validateApplicationField("title", "Ulus Gida AS")).toBe("Ulus Gida AS");
  });
});
