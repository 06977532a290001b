import { describe, expect, it } from "vitest";
import { globalCommand } from "../../bot/nlu/commands.ts";
import { foldTurkish } from "../../bot/nlu/fold.ts";
import { editDistance, stemMatch, withinOneEdit } from "../../bot/nlu/fuzzy.ts";
import { recogniseIntent } from "../../bot/nlu/intents.ts";
import { parseNumber } from "../../bot/nlu/numbers.ts";
import { looksLikeSecret } from "../../bot/nlu/secrets.ts";
import { yesNo } from "../../bot/nlu/yes-no.ts";

const intentOf = (text: string) => recogniseIntent(foldTurkish(text))?.intent;

describe("Turkish folding", () => {
  it("folds dotted and dotless I the Turkish way and drops diacritics", () => {
    expect(foldTurkish("BAŞVURU")).toBe("basvuru");
    expect(foldTurkish("İPTAL")).toBe("iptal");
    expect(foldTurkish("IŞIK")).toBe("isik");
    expect(foldTurkish("sertifıka")).toBe(foldTurkish("Sertifika"));
    expect(foldTurkish("Çağrı Merkezi")).toBe("cagri merkezi");
  });
  it("drops hyphens inside words and punctuation", () => {
    expect(foldTurkish("e-İmza nedir?")).toBe("eimza nedir");
    expect(foldTurkish("  Merhaba!!  ")).toBe("merhaba");
  });
});

describe("fuzzy stems", () => {
  it("measures typos including transpositions", () => {
    expect(editDistance("basvuru", "basvru")).toBe(1);
    expect(editDistance("basvuru", "bsavuru")).toBe(1);
    expect(editDistance("kart", "hsm")).toBe(4);
  });
  it("tells 'within one edit' exactly as the edit distance does, on every pair of short words", () => {
    // Every word of up to 4 letters over a 3-letter alphabet, against every other: 14 641 pairs.
    const words = [""];
    for (let n = 0; n < 4; n++)
      for (const w of words.filter((x) => x.length === n)) for (const c of "abc") words.push(w + c);
    let close = 0;
    for (const a of words)
      for (const b of words) {
        const expected = editDistance(a, b) <= 1;
        if (withinOneEdit(a, b) !== expected) throw new Error(`withinOneEdit("${a}", "${b}") != ${expected}`);
        if (expected) close++;
      }
    expect(words).toHaveLength(121);
    expect(close).toBeGreaterThan(1000);
    expect(withinOneEdit("sertifka", "sertifika")).toBe(true);
    expect(withinOneEdit("basvru", "bsavur")).toBe(false);
  });
  it("accepts suffixes and one typo on long stems only", () => {
    expect(stemMatch("basvurusu", "basvur")).toBe(1);
    expect(stemMatch("bsavuru", "basvur")).toBe(0.8);
    expect(stemMatch("pun", "pin")).toBe(0);
  });
});

describe("numbers", () => {
  it("reads digits and Turkish number words", () => {
    expect(parseNumber(foldTurkish("dakikada 200 fatura"))).toBe(200);
    expect(parseNumber(foldTurkish("iki yüz"))).toBe(200);
    expect(parseNumber(foldTurkish("ikiyüz elli fatura"))).toBe(250);
    expect(parseNumber(foldTurkish("bin iki yüz"))).toBe(1200);
    expect(parseNumber(foldTurkish("dakikada yüz yirmi"))).toBe(120);
    expect(parseNumber(foldTurkish("1.500 imza"))).toBe(1500);
    expect(parseNumber(foldTurkish("two hundred invoices"))).toBe(200);
    expect(parseNumber(foldTurkish("hiç yok"))).toBeUndefined();
  });
});

describe("yes/no", () => {
  it.each(["evet", "E", "tamam", "olur", "Evet onaylıyorum", "yes"])("%s is yes", (t) =>
    expect(yesNo(foldTurkish(t))).toBe("yes"),
  );
  it.each(["hayır", "Hayir", "yok", "no", "doğru değil"])("%s is no", (t) =>
    expect(yesNo(foldTurkish(t))).toBe("no"),
  );
  it("is undecided for other text", () => expect(yesNo(foldTurkish("belki yarın"))).toBeUndefined());
});

describe("global commands", () => {
  it("recognises iptal, vazgeç, geri, menü and temsilci", () => {
    expect(globalCommand(foldTurkish("İptal"))).toBe("cancel");
    expect(globalCommand(foldTurkish("vazgeç"))).toBe("cancel");
    expect(globalCommand(foldTurkish("Geri"))).toBe("back");
    expect(globalCommand(foldTurkish("menü"))).toBe("menu");
    expect(globalCommand(foldTurkish("temsilciye bağlanmak istiyorum"))).toBe("agent");
    expect(globalCommand(foldTurkish("I want to speak to a human"))).toBe("agent");
    expect(globalCommand(foldTurkish("lütfen beni bir müşteri temsilcisine bağlar mısınız"))).toBe("agent");
    expect(globalCommand(foldTurkish("kartımı kaybettim iptal etmek istiyorum"))).toBeUndefined();
  });
});

describe("intents", () => {
  it.each([
    ["mali muhur nedir", "about"],
    ["e-imzadan farki ne", "difference"],
    ["başvurmadan önce ne bilmeliyim", "before_apply"],
    ["HSM gereksinimleri nelerdir", "hsm_requirements"],
    ["Başvuru yapmak istiyorum", "apply"],
    ["basvru yapcam", "apply"],
    ["siparişim ne durumda", "order_status"],
    ["kartım ne zaman üretilir", "production"],
    ["kargo takip", "delivery"],
    ["kartım geldi ne yapmalıyım", "received"],
    ["pinim bloke oldu", "pin_locked"],
    ["puk deneyeyim mi", "puk"],
    ["e-posta adresimi güncellemek istiyorum", "contact_update"],
    ["şirketimizin unvanı değişti", "vkn_title_change"],
    ["fiyat nedir", "prices"],
    ["ücreti ne kadar", "prices"],
    ["faturam nerede", "invoice"],
    ["iade alabilir miyim", "refund"],
    ["kartımı kaybettim iptal etmek istiyorum", "revoke"],
    ["sertifikamı nasıl yenilerim", "renewal"],
    ["adi ortaklık başvurabilir mi", "r9"],
    ["e-fatura imzalarken hata alıyorum", "troubleshoot"],
    ["çağrı merkezi numarası", "contact"],
    ["sertifikam geçerli mi", "cert_status"],
    ["Merhaba", "greeting"],
    ["I want to apply", "apply"],
    ["how much does it cost", "prices"],
  ])("%s → %s", (text, intent) => expect(intentOf(text)).toBe(intent));

  it("recognises nothing in gibberish", () => expect(intentOf("qwx zzv")).toBeUndefined());
});

describe("secret detection", () => {
  it("flags PIN-like messages", () => {
    expect(looksLikeSecret(foldTurkish("pinim 123456"), false)).toBe(true);
    expect(looksLikeSecret(foldTurkish("pin kodum 123456"), true)).toBe(true);
    expect(looksLikeSecret(foldTurkish("şifrem abc123"), false)).toBe(true);
    expect(looksLikeSecret(foldTurkish("PUK: 87654321"), true)).toBe(true);
    expect(looksLikeSecret("4821", false)).toBe(true);
  });
  it("leaves ordinary messages alone", () => {
    expect(looksLikeSecret(foldTurkish("pinim bloke oldu"), false)).toBe(false);
    expect(looksLikeSecret(foldTurkish("şifremi unuttum"), false)).toBe(false);
    expect(looksLikeSecret("4821", true)).toBe(false);
    expect(looksLikeSecret(foldTurkish("Pınar Sok. No 1234 Ankara"), true)).toBe(false);
    expect(looksLikeSecret(foldTurkish("2014 öncesi kartlarda puk var mı"), false)).toBe(false);
  });
});
