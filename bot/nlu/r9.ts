/**
 * R9.1 as a rule on folded text: who cannot apply online. The seed's exact cases: 100 % foreign
 * firms (foreign representatives), ordinary partnerships (adi ortaklık), cooperatives, funds,
 * organised industrial zones (OSB), collective companies, and taxpayers whose MERSİS data is
 * out of date or failing. A firm with a foreign partner ("yabancı ortaklı limited şirket") is
 * not one of them; nor is a limited or joint-stock company whose name merely contains a type word
 * ("Fon Tekstil Ltd Şti"): the firm types are matched as types (r9-firm-type.ts). A foreign
 * company's Turkish branch is not named by R9.1 either: it is asked back (understand.ts).
 */
import { allStems, allWords } from "./all-quantifiers.ts";
import { asForeign } from "./nationalities.ts";
import { withoutDeniedR9 } from "./r9-denial.ts";
import { namesR9FirmType } from "./r9-firm-type.ts";

/** The cases other than the firm types (those are in r9-firm-type.ts). */
const cases: RegExp[] = [
  /\bmersis\b.*\b(guncel degil|eski|hata|hatali|yanlis|sorun|outdated|error|wrong|failing)|\b(guncel olmayan|hatali|eski) mersis/,
  // 100 % foreign: "%100 yabancı" (folded "100 yabanci"), "yüzde yüz", "tamamen", "hepsi yabancı"
  new RegExp(
    // each word begins a word: "small foreign partner" is no "all foreign"
    String.raw`\b(${allWords}|${allStems}|yuzde ?(yuz|100)|tum|butunuyle|percent)\s+(\S+\s+)?(yabanci|foreign)`,
  ),
  // foreign representatives: "temsilcilerimiz yabancı", "müdürlerimizin hepsi yabancı"
  /(temsilci|yonetici|mudur|yetkili)\S*\s+(\S+\s+){0,2}yabanci|representatives? (are|is) (all )?foreign|foreign (representatives|directors|managers)/,
  // every partner or owner foreign: "all our partners are foreign", "our shareholders are all foreign"
  /\ball (of )?(our |the )?(partners|shareholders|owners|founders) (are|is) (all )?foreign|\b(partners|shareholders|owners|founders) are all foreign|\b(ortak|hissedar|sahip)\w* (tamami|hepsi|tumu) yabanci/,
  // the seed's GİB address for written applications
  /\b33\s*(\s|\.)?\s*mudurlu|denetim ve uyum/,
];

/**
 * Whether a folded message reveals a firm that must apply in writing to GİB (R9.1). A nationality
 * counts as "foreign" ("%100 Alman sermayeli", "100% German owned": nationalities.ts). A case the
 * message denies ("adi ortaklık değiliz", "temsilcilerimiz yabancı değil") is none (r9-denial.ts).
 */
export function isR9Case(folded: string): boolean {
  const foreign = withoutDeniedR9(asForeign(folded));
  return namesR9FirmType(withoutDeniedR9(folded)) || cases.some((re) => re.test(foreign));
}
