/**
 * R9.1 as a rule on folded text: who cannot apply online. The seed's exact cases: 100 % foreign
 * firms (foreign representatives), ordinary partnerships (adi ortaklık), cooperatives, funds,
 * organised industrial zones (OSB), collective companies, and taxpayers whose MERSİS data is
 * out of date or failing. A firm with a foreign partner ("yabancı ortaklı limited şirket") is
 * not one of them.
 */

const cases: RegExp[] = [
  /\badi ortak/,
  /\bis ortakligi\b|\bortak girisim|\bjoint venture\b|\bordinary partnership/,
  /\bkooperatif|\bcooperative|\bkoop\b/,
  /\bfon(u|lar|lari|umuz|lar icin)?\b|\b(mutual |investment )?fund(s)?\b/,
  /\borganize sanayi|\bosb\b|\borgani[sz]ed industrial/,
  /\bkoll?ektif|\bcollective (company|partnership)/,
  /\bmersis\b.*\b(guncel degil|eski|hata|hatali|yanlis|sorun|outdated|error|wrong|failing)|\b(guncel olmayan|hatali|eski) mersis/,
  // 100 % foreign: "%100 yabancı", "yüzde yüz yabancı", "tamamen yabancı", "temsilcilerimiz yabancı"
  /(%\s?100|100\s?%|yuzde ?(yuz|100)|tamamen|tamami|butunuyle|fully|100 percent|wholly|entirely)\s+(\S+\s+)?(yabanci|foreign)/,
  /temsilci\S*\s+(\S+\s+)?yabanci|yabanci uyruklu temsilci|representatives? (are|is) (all )?foreign/,
];

/** Whether a folded message reveals a firm that must apply in writing to GİB (R9.1). */
export function isR9Case(folded: string): boolean {
  return cases.some((re) => re.test(folded));
}
