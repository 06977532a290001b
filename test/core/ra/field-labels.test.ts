import { describe, expect, it } from "vitest";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { withoutFieldLabel } from "../../../core/ra/field-labels.ts";

describe("a leading label of the field asked is no part of the answer", () => {
  it.each([
    ["imza yetkilisi ayse yilmaz", "signerName", "ayse yilmaz"],
    ["İmza Yetkilisi: Ayşe Yılmaz", "signerName", "Ayşe Yılmaz"],
    ["yetkilimiz Ali Veli", "signerName", "Ali Veli"],
    ["Ad Soyad: Mehmet Demir", "personName", "Mehmet Demir"],
    ["my name is John Smith", "personName", "John Smith"],
    ["teknik kişi Ali Veli", "techName", "Ali Veli"],
    ["Unvan: Örnek A.Ş.", "title", "Örnek A.Ş."],
    ["Firma unvanı Örnek Bilişim A.Ş.", "title", "Örnek Bilişim A.Ş."],
    ["teslimat adresi: Atatürk Cad. 1 Ankara", "deliveryAddress", "Atatürk Cad. 1 Ankara"],
    ["barkod no BRK-1", "groupBarcode", "BRK-1"],
  ] as const)("%s (%s)", (typed, field, value) => {
    expect(withoutFieldLabel(typed, field)).toBe(value);
  });

  it.each([
    ["Ada Yılmaz", "personName"],
    ["Adil Yılmaz", "signerName"],
    ["Firma Örnek Ltd", "title"],
    ["Ayşe Yılmaz", "signerName"],
    ["imza yetkilisi Ayşe Yılmaz", "title"],
  ] as const)("keeps %s (%s)", (typed, field) => {
    expect(withoutFieldLabel(typed, field)).toBe(typed);
  });

  it("validation stores the value without the label", () => {
    expect(validateApplicationField("signerName", "imza yetkilisi ayse yilmaz")).toBe("ayse yilmaz");
  });
});
