/**
 * Ways of leaving a dialog beyond the plain words ("iptal", "vazgeç"): inflected Turkish forms
 * ("vazgeçiyorum", "ben vazgeçtim artık", "bunu iptal et", "boş ver") and common English ones
 * ("never mind", "forget it", "cancel that"). A message counts only when every word in it is about
 * leaving, so "kartımı iptal etmek istiyorum" (revocation) and "başvurudan vazgeçtim" (the
 * cancel_application topic) are not taken for it; beside a strong leave ("vazgeçtim", "boşver",
 * "never mind") words that put the matter off ("şimdilik başvurmayacağım", "I'll do it later") are
 * leaving too. "dur" (stop) leaves alone or with fillers; "dur bir dakika" (wait) does not.
 */
import { choiceChangedTo } from "./changed-choice.ts";
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
    /^(dur|durun|durdur|durdurun)$/.test(token) ||
    /^(cancel|abort|exit|quit|stop|nevermind|cikis|cikmak|cikiyorum|iptal)$/.test(token)
  );
}

/**
 * A word that leaves whatever follows it ("vazgeçtim", "boşver", "never mind"): unlike "iptal" or
 * "cancel", which also name a revocation, it never names a topic.
 */
function isStrongLeaveWord(token: string): boolean {
  return token.startsWith("vazgec") || /^(bosver\w*|nevermind)$/.test(token);
}

/** Whole folded phrases that leave whatever follows them. */
const strongLeavePhrases = [
  "bos ver",
  "bos verin",
  "never mind",
  "forget it",
  "forget about it",
  "changed my mind",
];

/**
 * Words (folded) that put the matter off beside a strong leave ("boşver şimdilik başvurmayacağım",
 * "never mind, I'll do it later"): a way of leaving, not another topic.
 */
const postponing =
  /^(simdilik|sonra|sonraya|daha|ileride|baska|zaman|bir|dahaki|sefere|kalsin|gerek|yok|yaparim|bakarim|hallederim|ederim|donerim|basvururum|basvurmayacag\w*|basvurmayalim|basvurmayayim|basvurmuyorum|basvurmiycam|yapmayacag\w*|yapmayalim|yapmayayim|yapmiyorum|istemiyoru[mz]|later|ll|will|do|some|other|another|time|day|not|right|maybe|for|the|moment|come|back|apply|dont|don|t|anymore|again)$/;

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
  "etmekten",
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
  let strong = false;
  for (const phrase of leavePhrases)
    if (rest.includes(` ${phrase} `)) {
      rest = rest.replace(` ${phrase} `, " ");
      found = true;
      strong ||= strongLeavePhrases.includes(phrase);
    }
  const tokens = tokensOf(rest.trim());
  strong ||= tokens.some(isStrongLeaveWord);
  // "boşver şimdilik başvurmayacağım", "never mind, I'll do it later": putting it off is leaving
  const left = strong ? tokens.filter((t) => !postponing.test(t)) : tokens;
  if (left.length > 6) return false;
  for (const token of left) {
    if (isLeaveWord(token)) found = true;
    else if (!fillers.has(token)) return false;
  }
  return found;
}

/**
 * The rest of a folded message that opens with a strong way of leaving and goes on to something
 * else ("dur vazgeçtim önce fiyatları öğreneyim" → "once fiyatlari ogreneyim", "never mind, how
 * much is it" → "how much is it"), or undefined. The rest is read as a message of its own once the
 * dialog is left.
 */
export function restAfterLeaving(folded: string): string | undefined {
  let rest = ` ${folded} `;
  let strong = false;
  for (;;) {
    const tokens = tokensOf(rest.trim());
    const phrase = strongLeavePhrases.find((p) => rest.startsWith(` ${p} `));
    if (phrase) {
      rest = rest.slice(phrase.length + 1);
      strong = true;
    } else if (tokens.length > 0 && isStrongLeaveWord(tokens[0]!)) {
      rest = ` ${tokens.slice(1).join(" ")} `;
      strong = true;
    } else if (tokens.length > 0 && (isLeaveWord(tokens[0]!) || fillers.has(tokens[0]!)))
      rest = ` ${tokens.slice(1).join(" ")} `;
    else break;
  }
  const remainder = rest.trim();
  // "vazgeçtim kart kalsın", "boşver HSM olsun", "never mind, the card instead": a change of mind
  // about the answer, not leaving; the dialog's question reads it (bot/nlu/changed-choice.ts)
  if (choiceChangedTo(remainder)) return undefined;
  return strong && remainder !== "" && !isLeavePhrase(folded) ? remainder : undefined;
}
