/**
 * A denied R9.1 case is no R9 case (tester: "adi ortaklık değiliz, anonim şirketiz" was refused as an
 * ordinary partnership): a negated type word or foreign case, with or without Turkish letters,
 * before or after the firm's form, is dropped before R9.1 is judged (bot/nlu/r9-denial.ts); a
 * positive statement stays an R9 case.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";
import { foreignPartnerTold } from "../../../bot/nlu/r9-denial.ts";

const r9 = (text: string) => isR9Case(foldTurkish(text));
const foreign = (text: string) => foreignPartnerTold(foldTurkish(text));

describe("a denied R9 case is none", () => {
  for (const text of [
    "adi ortaklık değiliz, anonim şirketiz",
    "adi ortaklik degiliz limited sirketiz basvuru yapmak istiyoruz",
    "anonim şirketiz, adi ortaklık değiliz",
    "Adi ortaklık değil, limited şirketiz",
    "adi ortaklik deyiliz ltd sti yiz",
    "adi ortaklık falan değiliz",
    "adi ortaklık olmayan bir limited şirketiz",
    "biz kooperatif değiliz",
    "kooperatif degiliz anonim sirketiz",
    "kooperatif veya fon değiliz, limitediz",
    "fon değiliz",
    "OSB değiliz, anonim şirketiz",
    "organize sanayi bölgesi değiliz",
    "kollektif şirket değiliz, limited şirketiz",
    "iş ortaklığı değiliz, tek bir şirketiz",
    "ne adi ortaklığız ne kooperatif, anonim şirketiz",
    "%100 yabancı değiliz, limited şirketiz",
    "tamamen yabancı sermayeli değiliz",
    "temsilcilerimiz yabancı değil",
    "ortaklarımızın hiçbiri yabancı değil",
    "we are not an ordinary partnership, we are a limited company",
    "we're not a cooperative, we are a joint stock company",
    "not a cooperative or a fund, a limited company",
    "we are not 100% foreign owned",
    "our representatives are not foreign",
  ])
    it(`"${text}"`, () => expect(r9(text)).toBe(false));
});

describe("a positive R9 case stays one", () => {
  for (const text of [
    "adi ortaklığız",
    "adi ortaklik olarak basvurmak istiyoruz",
    "biz bir kooperatifiz",
    "kooperatifiz, değil mi başvuramıyoruz?",
    "adi ortaklık değil, kooperatifiz",
    "anonim şirket değiliz, adi ortaklığız",
    "yatırım fonuyuz",
    "OSB yönetimiyiz",
    "%100 yabancı sermayeli bir şirketiz",
    "temsilcilerimizin hepsi yabancı",
    "we are an ordinary partnership",
    "we are a cooperative, not a limited company",
    "kooperatifiz, limited şirket değiliz",
    "kooperatif, anonim değil",
    "all our partners are foreign",
    "adi ortaklığız, VKN'miz yok",
  ])
    it(`"${text}"`, () => expect(r9(text)).toBe(true));
});

describe("a foreign partner told, or denied", () => {
  for (const text of [
    "yabancı ortağımız var",
    "yabanci ortakli limited sirketiz",
    "Alman ortaklı limited şirketiz",
    "we have a foreign partner",
  ])
    it(`told: "${text}"`, () => expect(foreign(text)).toBe(true));
  for (const text of [
    "tüzel kişiyiz, yabancı ortağımız yok",
    "tuzel kisiyiz yabanci ortagimiz yok",
    "yabancı ortak yok",
    "yabancı ortağımız bulunmuyor",
    "yabancı ortağımız da yok, limited şirketiz",
    "hiç yabancı ortağımız yok",
    "yabancı ortaklı değiliz",
    "yabancı sermaye yok",
    "Alman ortağımız yok",
    "yabancı ortağı olmayan bir anonim şirketiz",
    "no foreign partners",
    "we have no foreign partners, we are a legal entity",
    "we don't have any foreign shareholders",
    "none of our partners are foreign",
  ])
    it(`denied: "${text}"`, () => expect(foreign(text)).toBe(false));
});
