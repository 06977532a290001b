/**
 * The revocation reason (R7.2) as customers write it: kayıp ("kaybettik", "kayboldu", "bulamıyoruz",
 * "yitirdik", "we lost it", "can't find it") or çalıntı ("çaldılar", "çalındı galiba", "hırsızlık",
 * "it was stolen", "theft"). A negation ("kaybolmadı", "çalıntı değil", "not stolen"), both reasons
 * at once, or another reason of R7.2 (GİB, misuse: for agents only) is none of them. The words are
 * data (`reasonWords` in locales/<lng>/choices.yaml); the matching and the negation are here and in
 * bot/nlu/negation.ts.
 */
import { tokensOf } from "../nlu/fold.ts";
import { negatedAfter, negatedBefore, negatedVerb } from "../nlu/negation.ts";
import { type ReasonWords, reasonWordsOf } from "../nlu/reason-words.ts";

/** A reason a customer may give for revoking (R7.2). */
export type CustomerRevocationReason = "kayip" | "calinti";

/** How many words may stand between a reason and its negation: "kayıp falan değil", "was not stolen". */
const negationReach = 2;

/** A reason's words, ready to match. */
interface ReasonMatcher {
  /** Whether one folded word names the reason. */
  word(token: string): boolean;
  /** Whether the folded text holds one of its phrases. */
  phrase(folded: string): boolean;
  verbs: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function matcherOf(words: ReasonWords): ReasonMatcher {
  const stems = words.stems;
  const whole = new Set(words.words);
  const phrases =
    words.phrases.length > 0
      ? new RegExp(`(?<=^|\\s)(?:${words.phrases.map(escapeRegExp).join("|")})`)
      : undefined;
  return {
    word: (token) => whole.has(token) || stems.some((stem) => token.startsWith(stem)),
    phrase: (folded) => phrases?.test(folded) ?? false,
    verbs: words.verbs,
  };
}

let matchers: Record<CustomerRevocationReason | "other" | "ended", ReasonMatcher> | undefined;

function loadMatchers() {
  matchers ??= {
    kayip: matcherOf(reasonWordsOf("kayip")),
    calinti: matcherOf(reasonWordsOf("calinti")),
    other: matcherOf(reasonWordsOf("other")),
    ended: matcherOf(reasonWordsOf("ended")),
  };
  return matchers;
}

/**
 * Whether a folded revocation request gives a reason of the firm's own that is neither loss nor
 * theft ("şirketi kapattık", "unvanımız değişti", "we closed the company"): the chat revokes lost or
 * stolen cards only, so such a request is told so before any verification.
 */
export function endedReasonNamed(folded: string): boolean {
  const { ended } = loadMatchers();
  if (revocationReasonOf(folded) !== undefined) return false;
  return ended.phrase(folded) || tokensOf(folded).some((t) => ended.word(t));
}

/**
 * The reason a folded answer gives; `both` when it names both; undefined when it gives none, only a
 * negated one, or another reason.
 */
export function revocationReasonOf(folded: string): CustomerRevocationReason | "both" | undefined {
  const { kayip, calinti, other } = loadMatchers();
  const tokens = tokensOf(folded);
  if (other.phrase(folded) || tokens.some((t) => other.word(t))) return undefined;
  // "can't find it": lost, said with a negation
  let lost = kayip.phrase(folded);
  let stolen = calinti.phrase(folded);
  for (const [i, token] of tokens.entries()) {
    const isLost = kayip.word(token);
    const isStolen = calinti.word(token);
    if (!isLost && !isStolen) continue;
    const negated =
      negatedVerb(token, [...kayip.verbs, ...calinti.verbs]) ||
      negatedAfter(tokens.slice(i + 1).join(" "), negationReach) ||
      negatedBefore(tokens.slice(0, i).join(" "), negationReach);
    // "kayıp değil, çalındı": a negated reason is none, another one in the answer still counts
    if (negated) continue;
    if (isLost) lost = true;
    if (isStolen) stolen = true;
  }
  if (lost && stolen) return "both";
  return lost ? "kayip" : stolen ? "calinti" : undefined;
}
