/**
 * The delivery and HSM address (interfaces.md §4, question 9): a digit alone made any sentence an
 * address (tester: "aslinda vazgectim kart degil HSM olsun, dakikada 500 fatura kesiyoruz" became
 * the summary's "Teslimat adresi"). Real addresses in many shapes pass; sentences, remarks and noise
 * are refused with invalid_address; a change of the medium with address_names_medium.
 */
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

function code(answer: string, field: "deliveryAddress" | "hsmAddress" = "deliveryAddress"): string {
  try {
    validateApplicationField(field, answer);
    return "accepted";
  } catch (error) {
    if (error instanceof ValidationError) return error.code;
    throw error;
  }
}

const addresses = [
  "Atatürk Cad. No: 1 Çankaya Ankara",
  "Ataturk Cad No 1 Cankaya Ankara",
  "Kızılay Mah. Gazi Mustafa Kemal Bulvarı No:45 Kat:3 Daire:7 06420 Çankaya/ANKARA",
  "Kizilay Mh. GMK Blv. 45/7 Cankaya/Ankara",
  "Bağdat Caddesi 254/3 Kadıköy İstanbul",
  "Moda cd. no.12 d.4 kadikoy/istanbul",
  "Cumhuriyet Mahallesi 1203. Sokak No 5 D:2 Karşıyaka İzmir",
  "cumhuriyet mh 1203 sk no 5 d 2 karsiyaka izmir",
  "Yeni Ziraat Mah. Etlik Cad. No: 16 06110 Dışkapı/ANKARA",
  "Esentepe Mah. Büyükdere Cad. Levent Plaza No:173 K:5 Şişli/İstanbul",
  "Barbaros Bulvarı No 120 Beşiktaş İstanbul",
  "Gebze OSB 3. cadde 12 Kocaeli",
  "İkitelli OSB Mah. Atatürk Bulvarı Deposite İş Merkezi A1 Blok Kat 2 No 15 Başakşehir/İstanbul",
  "Akçaköy Köyü Çamlık Mevkii No 5 Gölcük/Kocaeli",
  "Yenice Koyu Degirmen Mevkii No 5 Merkez/Bolu",
  "Kavaklı Köyü No 12 Çorlu Tekirdağ",
  "Organize Sanayi Bölgesi 5. Cadde No:3 Çorlu/Tekirdağ",
  "Teknopark İstanbul Pendik",
  "ODTÜ Teknokent Çankaya Ankara",
  "Cumhuriyet Mahallesi Gazi Sokak Çorlu Tekirdağ",
  "Kızılay Mah. İnönü Blv Çankaya/Ankara",
  "Atatürk Cad. 1 Ankara",
  "Kızılay 15 Ankara",
  "Gazi Osman Paşa Mah. 34 Samsun",
  "Sahil Yolu No 8 Mudanya Bursa",
  "Yıldız Sitesi B Blok Daire 4 Beylikdüzü İstanbul",
  "Merkez Mah. İstasyon Sok. No: 4/2 34000 İstanbul",
  "Hürriyet mah. 2. cadde no 15 iç kapı 3 Esenyurt",
  "12 Baker Street London",
  "Musterstrasse 12, 10115 Berlin",
  "350 Fifth Avenue, New York, NY 10118",
];

const notAddresses = [
  "1 2 3 4 5 abcde",
  "adresi sonra yazarim 2 gun icinde",
  "adresi sonra yazarım, 2 gün içinde",
  "dakikada 500 fatura kesiyoruz",
  "3 tane şubemiz var aslında",
  "bilmiyorum ki 5 dakika sonra söylerim",
  "kod gelmedi 2 kere denedim",
  "100 kişiyiz hepimiz imzalayacağız",
  "abc 123 def 456",
  "henüz belli değil, 1 hafta içinde taşınıyoruz",
  "I will send it in 2 days",
  "bilmiyorum ki",
  "kat kat fazla sorun var",
  "I have no idea yet",
];

describe("the delivery and HSM address", () => {
  it("accepts real addresses in many shapes (abbreviations, no Turkish letters, villages, abroad)", () => {
    for (const a of addresses) {
      expect(code(a), a).toBe("accepted");
      expect(code(a, "hsmAddress"), a).toBe("accepted");
    }
  });

  it("refuses a sentence, a remark or noise even when it holds a digit", () => {
    for (const s of notAddresses) expect(code(s), s).toBe("invalid_address");
  });

  it("refuses a change of the medium with its own reason", () => {
    for (const s of [
      "aslinda vazgectim kart degil HSM olsun, dakikada 500 fatura kesiyoruz",
      "aslında vazgeçtim kart değil HSM olsun",
      "kart değil HSM olsun",
      "HSM yerine akıllı kart olsun",
      "vazgectim karti istemiyorum hsm istiyorum",
      "actually I want an HSM instead of the card",
    ])
      expect(code(s), s).toBe("address_names_medium");
  });
});
