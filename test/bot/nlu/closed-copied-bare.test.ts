/**
 * Confident wrong intents at the top level: the firm closed (liquidated, bankrupt) was thanks or
 * the title change; the card or its key possibly copied was the menu; one identifier word alone
 * ("unvan", "title") was the title change; "kart yok", "paket yok" the medium or the order. The
 * firm closed is asked back with the revocation offered (R7), or is a revocation when one is asked
 * for; a copied card or compromised key is the revocation (R7.2: used against its purpose); the
 * rest is asked back.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import type { NluLocale } from "../../../bot/nlu/training-data.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

function candidatesOf(text: string, locale: NluLocale = "tr"): string[] {
  const understood = understand(foldTurkish(text), locale);
  return understood.kind === "unsure" ? [...understood.candidates] : [];
}

describe("the firm closed", () => {
  it.each([
    ["şirketimiz tasfiye oldu", "tr"],
    ["firmamız iflas etti", "tr"],
    ["şirketimiz kapandı", "tr"],
    ["şirketi kapattık", "tr"],
    ["our company was liquidated", "en"],
    ["the company is being wound up", "en"],
  ] as const)("'%s' is asked back with the revocation offered", (text, locale) => {
    expect(candidatesOf(text, locale)).toContain("revoke");
  });

  it.each([
    ["firmamız tasfiye edildi mali mühürü iptal edin", "tr"],
    ["şirket kapandı, sertifikayı iptal ettirmek istiyoruz", "tr"],
    ["our company was liquidated, please revoke the seal", "en"],
  ] as const)("'%s' asks for the revocation", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it("'tasfiye halindeki şirket başvurabilir mi' starts no revocation", () => {
    expect(intentOf("tasfiye halindeki şirket başvurabilir mi")).not.toBe("revoke");
  });
});

describe("the card or its key copied", () => {
  it.each([
    ["muhasebecimiz kartı kopyalamış olabilir", "tr"],
    ["kartımız kopyalanmış olabilir", "tr"],
    ["mühürümüzün anahtarı ele geçirilmiş olabilir", "tr"],
    ["our accountant may have copied the card", "en"],
    ["our private key may be compromised", "en"],
  ] as const)("'%s' is the revocation", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it.each([
    ["sertifikayı bilgisayara kopyaladım ama görünmüyor", "tr"],
    ["kart kopyalanabilir mi", "tr"],
    ["can the card be copied", "en"],
  ] as const)("'%s' starts no revocation", (text, locale) => {
    expect(intentOf(text, locale)).not.toBe("revoke");
  });
});

describe("bare words", () => {
  it.each([
    ["unvan", "tr"],
    ["Unvan?", "tr"],
    ["title", "en"],
    ["kart yok", "tr"],
    ["paket yok", "tr"],
    ["kargo yok", "tr"],
  ] as const)("'%s' is asked back", (text, locale) => {
    expect(understand(foldTurkish(text), locale).kind).toBe("unsure");
  });
});
