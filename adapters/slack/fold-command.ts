/**
 * Folds what an agent typed for matching subcommands: Turkish lower case, dotless ı → i and every
 * diacritic removed, so `Doğrula`, `DOGRULA` and `dogrula` are one subcommand.
 */
export function foldCommandWord(word: string): string {
  return word.toLocaleLowerCase("tr").normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
}
