/**
 * A lost or stolen seal, card or token told in any spelling ("mali muhru kaybettim", "kartı
 * kaybetdim", "calindi", "çaldırdık", "kayboldu mühür") is the revocation (R7.2), and stays the
 * revocation when another wish is told with it ("… yeni başvuru da yapmak istiyorum", "… fiyatı ne
 * kadar"): revoke first, then apply again (R7.4). A lost parcel, PIN, credit card, time, a
 * hypothetical, a denied or found-again loss, and a revocation already done keep their own topics.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { newSealAlsoAsked } from "../../../bot/nlu/seal-lost.ts";
import { sealLossTold } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a lost or stolen seal in slang or misspelt", () => {
  it.each([
    "mrb mali muhru kaybettim ne yapcam",
    "mali muhru kaybettim",
    "slm mühürü kaybetdik napcaz",
    "kartı kaybetdim ne yapmam lazım",
    "mühür calindi yardim",
    "kartımızı çaldırdık napıcaz",
    "kayboldu mühür",
    "mühürümüz kayıp abi",
    "mali mühr kayboldu",
    "usb tokenimiz kayboldu",
    "sertifka kartımız çalınmış",
  ])("'%s' is revoke", (text) => {
    expect(intentOf(text)).toBe("revoke");
  });

  it.each([
    "we lost the seal card, and we also want to apply for a new one",
    "our card was stolen, how much is a new one?",
  ])("'%s' (en) is revoke", (text) => {
    expect(intentOf(text, "en")).toBe("revoke");
  });
});

describe("a loss told with another wish is revoked first (R7.4)", () => {
  it.each([
    "kartım çalındı, aynı zamanda yeni başvuru da yapmak istiyorum",
    "kartım calındı abi yeni başvuru lazım",
    "kartımız kayboldu, yenisi için başvuru yapacağız",
    "mühürü kaybettik yenisini almak istiyoruz",
    "kartı kaybettik yeni kart almak istiyoruz",
    "mühürümüz çalındı bir de fiyatı ne kadar",
    "mali mühür kartımız kayboldu, yeni kart kaç günde gelir",
  ])("'%s' is revoke", (text) => {
    expect(intentOf(text)).toBe("revoke");
  });

  it.each([
    ["kartım çalındı, aynı zamanda yeni başvuru da yapmak istiyorum", true],
    ["mühürü kaybettik yenisini almak istiyoruz", true],
    ["we lost the card and need a new one", true],
    ["kartı kaybettik ne yapmalıyız", false],
    ["mühürümüz çalındı bir de fiyatı ne kadar", false],
  ] as const)("'%s' asks for a new seal too: %s", (text, asked) => {
    expect(newSealAlsoAsked(foldTurkish(text))).toBe(asked);
  });
});

describe("what is no seal lost keeps its topic", () => {
  it.each([
    ["kargo kayboldu", "delivery"],
    ["pinimi kaybettim", "pin_locked"],
    ["kredi kartımı kaybettim ödemeyi nasıl yaparım", "payment"],
    ["mühür başvurusu için çok zaman kaybettik", "apply"],
    ["kart kayboldu iptal ettirdik şimdi yeniden başvuru yapacağız", "apply"],
    ["kartı kaybettik, iptalini dün yaptık. şimdi yeniden başvuru yapacağız, nasıl yapıyoruz?", "apply"],
  ] as const)("'%s' is %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    "kargo kayboldu",
    "kargodaki kartımız kayboldu",
    "pinimi kaybettim",
    "kartın pinini kaybettim",
    "kart şifremi kaybettim",
    "kredi kartımı kaybettim",
    "kart okuyucu kayboldu",
    "mühür başvurusu için çok zaman kaybettik",
    "kart kaybolursa ne yapmalıyım",
    "kartı kaybedersek yeni başvuru mu gerekir",
    "kartı kaybetmemek için ne yapmalı",
    "kartı kaybetmedik, yeni başvuru yapmak istiyoruz",
    "kart çalınmadı ama pin kilitlendi",
    "kartı kaybetmiştik ama bulduk",
    "kart kayboldu iptal ettirdik şimdi yeniden başvuru yapacağız",
    "if the card is stolen what do we do",
  ])("'%s' tells no seal lost", (text) => {
    expect(sealLossTold(foldTurkish(text))).toBe(false);
  });
});
