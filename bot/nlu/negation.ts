/**
 * Negation around a word the customer typed, on folded text (fold.ts), shared by the choice
 * questions (bot/flows/dialog/choice-answer.ts: "kart değil hsm", "not the card") and the revocation
 * reason (bot/flows/revocation-reason.ts: "kaybolmadı", "çalıntı değil", "it wasn't stolen").
 * Turkish negates after the word ("kart değil", "hsm'i istemiyorum", "kayıp yok") or inside the verb
 * ("kaybol-ma-dı"); English negates before it ("not stolen", "no hsm", "I don't want the card").
 */

/** Turkish words that negate the word just before them: "kart değil", "kayıp yok", "hsm istemiyorum". */
const afterWords =
  "degil\\w*|istemiyor\\w*|istemem|istemeyiz|olmasin|olmayacak|olmaz|gerek yok|gerekmiyor|haric|disinda|yerine|yok";
/** English words that negate what follows them within a reach: "not stolen", "didn't lose". */
const beforeWords =
  "not|never|didnt|wasnt|isnt|hasnt|havent|werent|dont|t|don ?t (?:want|need|like)|do not (?:want|need|like)";
/** English determiners that negate only the word right after them (an article between): "no hsm". */
const beforeDeterminers = "no|without|non|instead of";
/** An article or quantifier that may stand between a negation and the word: "not the card". */
const article = "(?:\\s(?:an?|the|any))?";

const afterPatterns = new Map<number, RegExp>();
const beforePatterns = new Map<number, RegExp>();

/** `reach - 1` words that may stand between the word and its negation. */
function between(reach: number): string {
  return reach > 1 ? `(?:\\S+\\s+){0,${reach - 1}}` : "";
}

/**
 * Whether the folded text right AFTER a word negates it (Turkish). `reach` is how many words on the
 * negation may stand: 1 (the default) only the next word ("kart değil"), 2 also the one after it
 * ("kayıp falan değil").
 */
export function negatedAfter(rest: string, reach = 1): boolean {
  let re = afterPatterns.get(reach);
  if (!re) {
    re = new RegExp(`^\\s*${between(reach)}(?:${afterWords})(?=\\s|$)`);
    afterPatterns.set(reach, re);
  }
  return re.test(rest);
}

/**
 * Whether the folded text right BEFORE a word negates it (English): "not", "never", "didn't",
 * "don't want" within `reach` words before it (an article not counted), or "no", "without",
 * "instead of" right before it.
 */
export function negatedBefore(before: string, reach = 1): boolean {
  let re = beforePatterns.get(reach);
  if (!re) {
    re = new RegExp(
      `(?:^|\\s)(?:(?:${beforeWords})${article}\\s+${between(reach)}|(?:${beforeDeterminers})${article}\\s+)$`,
    );
    beforePatterns.set(reach, re);
  }
  return re.test(before.length > 0 ? `${before.trimEnd()} ` : before);
}

/** The Turkish negative suffix right after a verb stem, before a tense or person: -ma-dı, -mi-yor. */
const negativeSuffix = /^m[aeiu](?:d|y|z|m|n)/;

/**
 * Whether a folded word is one of the given Turkish verb stems (folded) negated inside itself:
 * with stems kaybol, kaybet, çal: kaybol-ma-dı, kaybet-mi-yor, çal-ma-dılar.
 */
export function negatedVerb(word: string, verbStems: readonly string[]): boolean {
  return verbStems.some((stem) => word.startsWith(stem) && negativeSuffix.test(word.slice(stem.length)));
}
