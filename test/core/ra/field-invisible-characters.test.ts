/**
 * Tester (hostile): an address with a control or invisible character ("Atatürk Cad.\u0007 No 5",
 * a zero-width space, a right-to-left override) got the generic "not an address" answer, and a name,
 * e-mail or phone number with one its own generic answer. Every field of the application (and the
 * call centre's /mm guncelle value, which core validates the same way) now refuses them with one code,
 * `invisible_characters`, whose words name the problem (tr/en), as the unvan's answer names them;
 * ordinary whitespace (tab, line breaks) is still read as a space.
 */
import { describe, expect, it } from "vitest";
import { type ApplicationField, validateApplicationField } from "../../../core/ra/application-fields.ts";
import { botTexts } from "../../bot/harness.ts";

/** A valid answer per field, with a place to put the character. */
const valid: [ApplicationField, string, string][] = [
  ["deliveryAddress", "Kızılay Mah. Atatürk Cad.", " No: 5 Çankaya/Ankara"],
  ["hsmAddress", "Organize Sanayi Bölgesi", " 3. Cad. No 7 Konya"],
  ["title", "ÖRNEK BİLİŞİM", " A.Ş."],
  ["groupTitle", "ULUS GIDA", " LTD. ŞTİ."],
  ["personName", "Ayşe", " Yılmaz"],
  ["signerName", "Mehmet", " Demir"],
  ["techName", "Can", " Öztürk"],
  ["email", "bilgi@ornek", ".com.tr"],
  ["phone", "0532 123", " 45 67"],
  ["techPhone", "0532 123 45", " 67"],
  ["vkn", "32305", "12384"],
  ["tckn", "100000", "00146"],
  ["signerTckn", "100000", "00146"],
  ["groupBarcode", "AB12", "CD34"],
];

/** Control characters (C0 but ordinary whitespace, DEL, C1) and invisible format characters. */
const invisible: [string, string][] = [
  ["NUL", "\u0000"],
  ["BEL", "\u0007"],
  ["ESC", "\u001b"],
  ["DEL", "\u007f"],
  ["C1 control", "\u0085"],
  ["zero-width space", "\u200b"],
  ["zero-width joiner", "\u200d"],
  ["left-to-right mark", "\u200e"],
  ["right-to-left mark", "\u200f"],
  ["left-to-right embedding", "\u202a"],
  ["right-to-left override", "\u202e"],
  ["left-to-right isolate", "\u2066"],
  ["pop directional isolate", "\u2069"],
  ["byte order mark", "\ufeff"],
  ["soft hyphen", "\u00ad"],
];

describe("a control or invisible character in a field", () => {
  for (const [field, before, after] of valid) {
    it(`${field}: the valid answer is taken`, () => {
      expect(() => validateApplicationField(field, `${before}${after}`)).not.toThrow();
    });
    it.each(invisible)(`${field} with a %s: invisible_characters`, (_name, char) => {
      expect(() => validateApplicationField(field, `${before}${char}${after}`)).toThrow(
        expect.objectContaining({ code: "invisible_characters", field }),
      );
    });
  }

  it("ordinary whitespace in an address is a space", () => {
    expect(
      validateApplicationField("deliveryAddress", "Kızılay Mah.\tAtatürk Cad.\r\nNo: 5\nÇankaya/Ankara"),
    ).toBe("Kızılay Mah. Atatürk Cad. No: 5 Çankaya/Ankara");
  });

  it("the operator's message names the characters", () => {
    expect(() => validateApplicationField("deliveryAddress", "Kızılay Mah.\u202e Atatürk Cad. No 5")).toThrow(
      /invisible|control/i,
    );
  });

  it("the customer's words name them in both languages", async () => {
    const t = await botTexts();
    expect(t("tr", "errors.invisible_characters")).toMatch(/görünmeyen/);
    expect(t("tr", "errors.invisible_characters")).toMatch(/kontrol karakter/);
    expect(t("en", "errors.invisible_characters")).toMatch(/invisible/);
    expect(t("en", "errors.invisible_characters")).toMatch(/control characters/);
  });
});
