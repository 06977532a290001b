import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { type ApplicationField, validateApplicationField } from "../../../core/ra/application-fields.ts";

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return `${error.field}:${error.code}`;
    throw error;
  }
  return undefined;
}

/** Each `[field, answer, value]`: the answer to the field is accepted and normalised to the value. */
function expectAccepted(cases: [ApplicationField, string, string][]) {
  for (const [field, answer, value] of cases)
    expect(validateApplicationField(field, answer), `${field} ${JSON.stringify(answer)}`).toBe(value);
}

/** Each `[field, answer, "field:code"]`: the answer to the field is refused, naming that field and code. */
function expectRefused(cases: [ApplicationField, string, string][]) {
  for (const [field, answer, why] of cases)
    expect(
      reason(() => validateApplicationField(field, answer)),
      `${field} ${JSON.stringify(answer)}`,
    ).toBe(why);
}

describe("application fields (R3.1, interfaces §4)", () => {
  it("normalises valid answers", () => {
    expectAccepted([
      ["vkn", " 3230 512384 ", "3230512384"],
      ["tckn", "10000000146", "10000000146"],
      ["phone", "0532 123 45 67", "+905321234567"],
      ["email", " Bilgi@Ornek.COM.tr ", "Bilgi@ornek.com.tr"],
      ["signerName", "  Ayşe   Yılmaz ", "Ayşe Yılmaz"],
      ["groupBarcode", "brk-123", "BRK-123"],
    ]);
  });

  it("names the field and the reason of each invalid answer", () => {
    expectRefused([
      ["vkn", "4540536921", "vkn:invalid_vkn"],
      ["vkn", "12345", "vkn:invalid_vkn_format"],
      ["signerTckn", "17291716050", "signerTckn:invalid_tckn"],
      ["phone", "0212 123 45 67", "phone:invalid_phone"],
      ["email", "bilgi@ornek", "email:invalid_email"],
      ["signerName", "Ayşe", "signerName:invalid_name"],
      ["signerName", "A1 B2", "signerName:invalid_name"],
      ["signerName", "ÖRNEK A.Ş.", "signerName:name_is_firm"],
      ["signerName", "Ahmet Yılmaz Ticaret Şirketi", "signerName:name_is_firm"],
    ]);
    expectAccepted([["signerName", "Ayşe Şirin Aslan", "Ayşe Şirin Aslan"]]);
    expectRefused([
      ["deliveryAddress", "kısa", "deliveryAddress:invalid_address"],
      ["title", "<script>x</script>", "title:invalid_title"],
      ["title", "ÖRNEK A.Ş. 323 051 2384", "title:title_has_contact_data"],
      ["groupTitle", "ULUS GIDA A.Ş. ulus@gida.com", "groupTitle:title_has_contact_data"],
    ]);
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
    expectAccepted([
      ["title", "3M SANAYİ VE TİCARET A.Ş.", "3M SANAYİ VE TİCARET A.Ş."],
      ["title", "Öz-Er İnşaat (İstanbul) Ltd. Şti.", "Öz-Er İnşaat (İstanbul) Ltd. Şti."],
    ]);
  });

  it("accepts grouped digits and a label of the field's own kind (VKN, TCKN, phone)", () => {
    expectAccepted([
      ["vkn", "323.051.2384", "3230512384"],
      ["vkn", "vkn: 3230512384", "3230512384"],
      ["vkn", "Vergi No: 323-051-2384", "3230512384"],
      ["tckn", "tckn 10000000146", "10000000146"],
      ["signerTckn", "T.C. kimlik no: 100 000 001 46", "10000000146"],
      ["phone", "tel: 0532 123 45 67", "+905321234567"],
      ["techPhone", "Cep: 0532-123-45-67", "+905321234567"],
    ]);
    // the checksum still holds, and a label of another kind is still a wrong answer
    expectRefused([
      ["vkn", "vkn: 4540536921", "vkn:invalid_vkn"],
      ["vkn", "323.051.238", "vkn:invalid_vkn_format"],
      ["signerTckn", "vkn 3230512384", "signerTckn:invalid_tckn_format"],
    ]);
  });

  it("refuses an address that is only a number, or has no words", () => {
    expectRefused([
      ["deliveryAddress", "3230512384", "deliveryAddress:invalid_address"],
      ["hsmAddress", "0532 123 45 67", "hsmAddress:invalid_address"],
      ["hsmAddress", "Kocaeliosb12", "hsmAddress:invalid_address"],
    ]);
    expectAccepted([["deliveryAddress", "Atatürk Cad. No: 1 Ankara", "Atatürk Cad. No: 1 Ankara"]]);
  });

  it("refuses a remark typed at the address question: an address has a building number or an address word", () => {
    expectRefused([
      ["deliveryAddress", "bilmiyorum ki", "deliveryAddress:invalid_address"],
      ["deliveryAddress", "kod gelmedi hala", "deliveryAddress:invalid_address"],
      ["hsmAddress", "daha sonra yazarım", "hsmAddress:invalid_address"],
      ["deliveryAddress", "I will tell you later", "deliveryAddress:invalid_address"],
      // the parts that only go with a number ("No", "Kat", "D:") are no address on their own
      ["deliveryAddress", "I have no idea yet", "deliveryAddress:invalid_address"],
      ["deliveryAddress", "no sorry, not now", "deliveryAddress:invalid_address"],
      ["hsmAddress", "d tam bilmiyorum", "hsmAddress:invalid_address"],
      ["deliveryAddress", "kat kat fazla sorun var", "deliveryAddress:invalid_address"],
    ]);
    expectAccepted([
      [
        "deliveryAddress",
        "Cumhuriyet Mahallesi Gazi Sokak Çorlu Tekirdağ",
        "Cumhuriyet Mahallesi Gazi Sokak Çorlu Tekirdağ",
      ],
      ["deliveryAddress", "Kızılay Mah. İnönü Blv Çankaya/Ankara", "Kızılay Mah. İnönü Blv Çankaya/Ankara"],
      // a technology park or campus names the place (tester round 15)
      ["hsmAddress", "Teknopark İstanbul Pendik", "Teknopark İstanbul Pendik"],
      ["hsmAddress", "ODTÜ Teknokent Çankaya Ankara", "ODTÜ Teknokent Çankaya Ankara"],
      ["hsmAddress", "Gebze OSB 3. cadde 12 Kocaeli", "Gebze OSB 3. cadde 12 Kocaeli"],
      ["deliveryAddress", "12 Baker Street London", "12 Baker Street London"],
    ]);
  });

  it("accepts the official test numbers only in test mode", () => {
    expect(reason(() => validateApplicationField("vkn", "1234567801"))).toBe("vkn:invalid_vkn");
    expect(validateApplicationField("vkn", "1234567801", { testMode: true })).toBe("1234567801");
  });

  it("refuses letters of other scripts that look Latin in a name, an unvan or an address (tester round 18)", () => {
    expectRefused([
      ["title", "\u041eRNEK BİLİŞİM ANONİM ŞİRKETİ", "title:non_latin_letters"],
      ["signerName", "Ayşe Y\u0131lmaz \u0391li", "signerName:non_latin_letters"],
      ["deliveryAddress", "Atatürk Cad. No: 1 \u0427ankaya Ankara", "deliveryAddress:non_latin_letters"],
    ]);
    expectAccepted([
      ["title", "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ", "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ"],
      ["signerName", "Ayşe Yılmaz", "Ayşe Yılmaz"],
    ]);
  });
});

describe("an unvan with emoji or symbols (hostile tester, round 21)", () => {
  it("is refused: it would go into the certificate's CN", () => {
    expectRefused([
      ["title", "BAŞKA TİCARET LİMİTED ŞİRKETİ 😀", "title:invalid_title"],
      ["title", "BAŞKA ★ TİCARET LİMİTED ŞİRKETİ", "title:invalid_title"],
      ["title", "BAŞKA TİCARET LİMİTED ŞİRKETİ ™ ♥", "title:invalid_title"],
      ["title", "ÖRNEK © YAZILIM A.Ş.", "title:invalid_title"],
      ["title", "DOLAR $ TİCARET A.Ş.", "title:invalid_title"],
      ["title", "EŞİT = TİCARET A.Ş.", "title:invalid_title"],
    ]);
  });

  it("keeps the punctuation trade names use, and a plus sign", () => {
    expectAccepted([
      ["title", "A & B GIDA SAN. VE TİC. LTD. ŞTİ.", "A & B GIDA SAN. VE TİC. LTD. ŞTİ."],
      ["title", "ARTI + EKSİ MÜHENDİSLİK A.Ş.", "ARTI + EKSİ MÜHENDİSLİK A.Ş."],
      ["title", "O'NEİL (TÜRKİYE) İTH./İHR. A.Ş.", "O'NEİL (TÜRKİYE) İTH./İHR. A.Ş."],
    ]);
  });
});
