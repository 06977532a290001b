/**
 * R9.1 matches the firm's TYPE, not any occurrence of a type word: an ordinary limited or
 * joint-stock company whose name contains "Fon", "Kolektif", "Kooperatif" or "OSB" can apply
 * online; a cooperative, a fund, a collective company, an ordinary partnership or an organised
 * industrial zone cannot (bug-r9-unvan-yanlis-pozitif).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";

const r9 = (text: string) => isR9Case(foldTurkish(text));

describe("R9.1 firm types", () => {
  it.each([
    "Fon Tekstil Ltd Şti",
    "Kolektif Tasarım Anonim Şirketi",
    "Fon Tekstil",
    "Kolektif Mimarlık",
    "Kooperatif Gıda Ltd. Şti.",
    "OSB Enerji A.Ş.",
    "Fon Portföy Yönetimi A.Ş.",
    "Collective Design Ltd",
    "OSB'de fabrikamız var",
    "organize sanayi bölgesinde üretim yapıyoruz",
    "yabancı ortaklı limited şirketiz",
  ])("'%s' is an ordinary firm: it may apply online", (text) => {
    expect(r9(text)).toBe(false);
  });

  it.each([
    "Örnek Kooperatifi",
    "S.S. Yıldız Konut Yapı Kooperatifi",
    "ABC Portföy Hisse Senedi Fonu",
    "Ali Veli ve Ortakları Kollektif Şirketi",
    "Ali Veli Kolektif Şti",
    "Ali Veli Adi Ortaklığı",
    "Bursa Organize Sanayi Bölgesi Müdürlüğü",
    "Ankara OSB",
    "adi ortaklık",
    "kooperatifler başvurabilir mi",
    "kooperatifiz, başvurabilir miyiz",
    "fonlar başvurabilir mi",
    "biz bir yatırım fonuyuz",
    "fon olarak başvurabilir miyiz",
    "kollektif şirketiz",
    "osb başvurabilir mi",
    "we are a cooperative",
    "can investment funds apply",
    "%100 yabancı sermayeli şirketiz",
  ])("'%s' is an R9 case", (text) => {
    expect(r9(text)).toBe(true);
  });
});
