/**
 * Ways of leaving a dialog beyond the plain words ("iptal", "vazgeç"): inflected Turkish forms
 * ("vazgeçiyorum", "ben vazgeçtim artık", "bunu iptal et", "boş ver") and common English ones
 * ("never mind", "forget it", "cancel that"). A message counts only when every word in it is about
 * leaving, so "kartımı iptal etmek istiyorum" (revocation) and "başvurudan vazgeçtim" (the
 * cancel_application topic) are not taken for it.
 */
import { tokensOf } from "./fold.ts";

/** Whole folded phrases that leave a dialog. */
const leavePhrases = [
  "bos ver",
  "bos verin",
  "devam etmek istemiyorum",
  "never mind",
  "forget it",
  "forget about it",
  "changed my mind",
  "i changed my mind",
  "i ve changed my mind",
];

/** A word that by itself means leaving (folded). */
function isLeaveWord(token: string): boolean {
  return (
    token.startsWith("vazgec") ||
    /^bosver(in|iyorum|elim)?$/.test(token) ||
    /^(cancel|abort|exit|quit|stop|nevermind|cikis|cikmak|cikiyorum|iptal)$/.test(token)
  );
}

/** Words that may stand around the leave word (folded): courtesy, "et" forms, "this", "it". */
const fillers = new Set([
  // Turkish
  "ben",
  "artik",
  "simdi",
  "tamam",
  "peki",
  "lutfen",
  "bu",
  "bunu",
  "bundan",
  "islem",
  "islemi",
  "islemden",
  "et",
  "edin",
  "edelim",
  "ediyorum",
  "ettim",
  "etmek",
  "istiyorum",
  "hepsini",
  "hepsi",
  "vazgec",
  // English
  "please",
  "pls",
  "just",
  "ok",
  "okay",
  "oh",
  "actually",
  "i",
  "want",
  "to",
  "it",
  "that",
  "this",
  "all",
  "lets",
  "let",
  "s",
  "now",
]);

/**
 * Whether a folded message is only a way of leaving the dialog: a leave phrase, or at most six
 * words of which one is a leave word and the others fillers.
 */
export function isLeavePhrase(folded: string): boolean {
  let rest = ` ${folded} `;
  let found = false;
  for (const phrase of leavePhrases)
    if (rest.includes(` ${phrase} `)) {
      rest = rest.replace(` ${phrase} `, " ");
      found = true;
    }
  const tokens = tokensOf(rest.trim());
  if (tokens.length > 6) return false;
  for (const token of tokens) {
    if (isLeaveWord(token)) found = true;
    else if (!fillers.has(token)) return false;
  }
  return found;
}
