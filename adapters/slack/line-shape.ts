/**
 * The shape of a `/mm` line as agents paste it, read before its words are: several commands pasted on
 * lines of their own (only one runs per `/mm`, so none does), a list or quote marker before the
 * subcommand (`• /mm durum …` copied from the help, `> durum …` quoted from a thread, `1. durum …`),
 * and a subcommand glued to its first argument (`durum3230512384`, `durum=3230512384`).
 */
import { foldCommandWord } from "./fold-command.ts";
import { unwrapped } from "./mm-args.ts";

/** A word that only marks a list item or a quote: a bullet, a dash, `>`, `1.`, `2)`. */
const marker = /^(?:[>•◦▪▫‣⁃∙·*\-–—]|\d{1,2}[.)])$/u;

/** `words` without the list or quote markers before the first word that is not one. */
export function withoutLeadMarkers(words: readonly string[]): string[] {
  let at = 0;
  while (at < words.length - 1 && marker.test(words[at]!)) at++;
  return words.slice(at);
}

/** Whether a word (as typed) is the console's own name, `/mm` or `mm`. */
export function isConsoleName(word: string): boolean {
  return /^\/?mm$/i.test(unwrapped(word));
}

/**
 * The subcommand words (folded) that begin the lines of `line`, one per line that begins with one
 * (after markers and `/mm`). Two or more mean several commands were pasted into one `/mm`.
 */
export function subcommandsOnLines(line: string, isSubcommand: (folded: string) => boolean): string[] {
  const found: string[] = [];
  for (const text of line.split(/[\r\n\u0085\u2028\u2029]+/)) {
    const words = withoutLeadMarkers(text.split(/\s+/).filter(Boolean));
    const [first, second] = words;
    const word = first !== undefined && isConsoleName(first) ? second : first;
    const folded = word === undefined ? "" : foldCommandWord(unwrapped(word));
    if (isSubcommand(folded)) found.push(folded);
  }
  return found;
}

/**
 * `words` with a subcommand glued to its first argument split off: `durum3230512384`,
 * `durum=3230512384`, `iptal,39fc…` → the subcommand, then the argument. A word that goes on in
 * letters (`durumu`, `iptali`) is left as typed.
 */
export function withUngluedSubcommand(words: readonly string[], names: readonly string[]): string[] {
  const [first, ...rest] = words;
  if (first === undefined) return [];
  const folded = foldCommandWord(first);
  for (const name of names) {
    if (!folded.startsWith(name) || folded.length === name.length) continue;
    // the typed letters of the name ("DOĞRULA", "İptal") fold to it one for one
    if (foldCommandWord(first.slice(0, name.length)) !== name) continue;
    const after = first.slice(name.length);
    if (!/^[=,;:#]*\d/.test(after) && !/^[=,;:#]+\S/.test(after)) continue;
    return [first.slice(0, name.length), after.replace(/^[=,;:#]+/, ""), ...rest];
  }
  return [...words];
}
