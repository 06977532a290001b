/**
 * Folds text for replay comparisons: Turkish lower case (İ→i, I→ı), then dotless ı → i and every
 * diacritic removed ("Başvuru" and "basvuru" compare equal), whitespace collapsed.
 */
export function foldForComparison(text: string): string {
  return text
    .toLocaleLowerCase("tr")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/\s+/g, " ")
    .trim();
}
