import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return `${error.field}:${error.code}`;
    throw error;
  }
  return undefined;
}

describe("application fields (R3.1, interfaces §4)", () => {
  it("normalises valid answers", () => {
    expect(validateApplicationField("vkn", " 3230 512384 ")).toBe("3230512384");
    expect(validateApplicationField("tckn", "10000000146")).toBe("10000000146");
    expect(validateApplicationField("phone", "0532 123 45 67")).toBe("+905321234567");
    expect(validateApplicationField("email", " Bilgi@Ornek.COM.tr ")).toBe("Bilgi@ornek.com.tr");
    expect(validateApplicationField("signerName", "  Ayşe   Yılmaz ")).toBe("Ayşe Yılmaz");
    expect(validateApplicationField("groupBarcode", "brk-123")).toBe("BRK-123");
  });

  it("names the field and the reason of each invalid answer", () => {
    expect(reason(() => validateApplicationField("vkn", "4540536921"))).toBe("vkn:invalid_vkn");
    expect(reason(() => validateApplicationField("vkn", "12345"))).toBe("vkn:invalid_vkn_format");
    expect(reason(() => validateApplicationField("signerTckn", "17291716050"))).toBe(
      "signerTckn:invalid_tckn",
    );
    expect(reason(() => validateApplicationField("phone", "0212 123 45 67"))).toBe("phone:invalid_phone");
    expect(reason(() => validateApplicationField("email", "bilgi@ornek"))).toBe("email:invalid_email");
    expect(reason(() => validateApplicationField("signerName", "Ayşe"))).toBe("signerName:invalid_name");
    expect(reason(() => validateApplicationField("signerName", "A1 B2"))).toBe("signerName:invalid_name");
    expect(reason(() => validateApplicationField("signerName", "ÖRNEK A.Ş."))).toBe(
      "signerName:name_is_firm",
    );
    expect(reason(() => validateApplicationField("signerName", "Ahmet Yılmaz Ticaret Şirketi"))).toBe(
      "signerName:name_is_firm",
    );
    expect(validateApplicationField("signerName", "Ayşe Şirin Aslan")).toBe("Ayşe Şirin Aslan");
    expect(reason(() => validateApplicationField("deliveryAddress", "kısa"))).toBe(
      "deliveryAddress:invalid_address",
    );
    expect(reason(() => validateApplicationField("title", "<script>x</script>"))).toBe("title:invalid_title");
  });

  it.each([
    ["title", "\u202eŞTİ LTD ÖRNEK"],
    ["title", "ÖRNEK\u200b BİLİŞİM A.Ş."],
    ["title", "ÖRNEK\u200d A.Ş."],
    ["title", "ÖRNEK \ud800 A.Ş."],
    ["title", "ÖRNEK \ufffd A.Ş."],
    ["title", "8673912018"],
    ["title", "12 34"],
    ["groupTitle", "ULUS\u2066 GIDA A.Ş."],
    ["deliveryAddress", "Kızılay\u202e Mah. 1. Sok. No 1 Ankara"],
  ] as const)(
    "refuses %s %j: invisible or direction characters, half characters, no letters",
    (field, value) => {
      expect(() => validateApplicationField(field, value)).toThrow(expect.objectContaining({ field }));
    },
  );

  it("keeps Turkish letters, digits and the usual punctuation of an unvan", () => {
    expect(validateApplicationField("title", "3M SANAYİ VE TİCARET A.Ş.")).toBe("3M SANAYİ VE TİCARET A.Ş.");
    expect(validateApplicationField("title", "Öz-Er İnşaat (İstanbul) Ltd. Şti.")).toBe(
      "Öz-Er İnşaat (İstanbul) Ltd. Şti.",
    );
  });

  it("accepts grouped digits and a label of the field's own kind (VKN, TCKN, phone)", () => {
    expect(validateApplicationField("vkn", "323.051.2384")).toBe("3230512384");
    expect(validateApplicationField("vkn", "vkn: 3230512384")).toBe("3230512384");
    expect(validateApplicationField("vkn", "Vergi No: 323-051-2384")).toBe("3230512384");
    expect(validateApplicationField("tckn", "tckn 10000000146")).toBe("10000000146");
    expect(validateApplicationField("signerTckn", "T.C. kimlik no: 100 000 001 46")).toBe("10000000146");
    expect(validateApplicationField("phone", "tel: 0532 123 45 67")).toBe("+905321234567");
    expect(validateApplicationField("techPhone", "Cep: 0532-123-45-67")).toBe("+905321234567");
    // the checksum still holds, and a label of another kind is still a wrong answer
    expect(reason(() => validateApplicationField("vkn", "vkn: 4540536921"))).toBe("vkn:invalid_vkn");
    expect(reason(() => validateApplicationField("vkn", "323.051.238"))).toBe("vkn:invalid_vkn_format");
    expect(reason(() => validateApplicationField("signerTckn", "vkn 3230512384"))).toBe(
      "signerTckn:invalid_tckn_format",
    );
  });

  it("refuses an address that is only a number, or has no words", () => {
    expect(reason(() => validateApplicationField("deliveryAddress", "3230512384"))).toBe(
      "deliveryAddress:invalid_address",
    );
    expect(reason(() => validateApplicationField("hsmAddress", "0532 123 45 67"))).toBe(
      "hsmAddress:invalid_address",
    );
    expect(reason(() => validateApplicationField("hsmAddress", "Kocaeliosb12"))).toBe(
      "hsmAddress:invalid_address",
    );
    expect(validateApplicationField("deliveryAddress", "Atatürk Cad. No: 1 Ankara")).toBe(
      "Atatürk Cad. No: 1 Ankara",
    );
  });

  it("accepts the official test numbers only in test mode", () => {
    expect(reason(() => validateApplicationField("vkn", "1234567801"))).toBe("vkn:invalid_vkn");
    expect(validateApplicationField("vkn", "1234567801", { testMode: true })).toBe("1234567801");
  });
});
