/**
 * Turkish-aware text folding for matching: Turkish lower case (İ→i, I→ı), diacritics removed
 * (ş→s, ğ→g, ü→u, ö→o, ç→c), dotless ı → i, hyphens inside words dropped ("e-imza" → "eimza"),
 * punctuation turned into spaces, whitespace collapsed. "Başvuru", "basvuru" and "BAŞVURU" fold alike.
 */
export function foldTurkish(text: string): string {
  return text
    .toLocaleLowerCase("tr")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/(\p{L})-(?=\p{L})/gu, "$1")
    .replace(/[^\p{L}\p{N}@.+\s]/gu, " ")
    .replace(/(?<!\p{N})\.|\.(?!\p{N})/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a folded text. */
export function tokensOf(folded: string): string[] {
  return folded.split(" ").filter((t) => t.length > 0);
}
