/**
 * Whether the seal IS revoked, asked as a yes/no question (folded): "mühürüm iptal olmuş mu",
 * "iptal edilmiş mi", "sertifikamız iptal mi oldu", "iptal edildi mi", "iptalmi". That is the
 * certificate's status (R10.1, interfaces.md §4 Status), never a request to revoke: the word
 * "iptal" there is no revocation cue. Not a request asked as a question ("iptal edebilir miyiz",
 * "iptal edilebilir mi", "iptal etmemiz gerekir mi", "iptal mi etmeliyim"): those keep the cue.
 */

/** The words after "iptal" that make it a state asked: "olmuş mu", "edildi mi", "mi oldu". */
const stateAfter =
  /^(?:(?:edilmis|edildi|olmus|oldu)(?: m[iu]\w*)(?= |$)|m[iu](?:dir)?(?: (?:olmus|oldu|edilmis|edildi)\w*)?(?= |$)(?! (?:et|ed|yap|ettir|olmal|olsun|ist|gerek|lazim)))/;

/** Whether the word at `i` of the folded words ("iptal", "iptalmi") is the revoked state asked. */
export function revokedStateAskedAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (/^iptalm[iu]$/.test(word)) return true;
  if (word !== "iptal") return false;
  return stateAfter.test(words.slice(i + 1, i + 3).join(" "));
}

/** Whether a folded message asks whether the seal is revoked ("iptal olmuş mu", "iptal mi oldu"). */
export function revokedStateAsked(folded: string): boolean {
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== "");
  return words.some((_, i) => revokedStateAskedAt(words, i));
}
