/**
 * The revocation reason (R7.2) as customers write it: kayıp ("kaybettik", "kayboldu", "bulamıyoruz",
 * "yitirdik", "we lost it", "can't find it") or çalıntı ("çaldılar", "çalındı galiba", "hırsızlık",
 * "it was stolen", "theft"). A negation ("kaybolmadı", "çalıntı değil", "not stolen"), both reasons
 * at once, or another reason of R7.2 (GİB, misuse: for agents only) is none of them.
 */
import { tokensOf } from "../nlu/fold.ts";

export type CustomerRevocationReason = "kayip" | "calinti";

/** Word stems (folded) of a lost card, and of a stolen one. */
const lostStem =
  /^(?:kayb|kayip|yitir|yitik|bulama|bulami|bulunama|bulunami|lost$|lose$|losing$|missing$|misplaced$)/;
const stolenStem =
  /^(?:calin|caldi|calmis|calmislar|caldir|hirsiz|gasp|soyul|stolen$|stole$|steal|theft$|thief$|thieves$|robbed$|robbery$|burgl)/;
/** A Turkish verb negated after its stem: kaybol-ma-dı, kaybet-mi-yor, çalın-ma-mış, çal-ma-dılar. */
const negatedVerb = /^(?:kaybet|kaybol|yitir|calin|cal|caldir)m[aeiu](?:d|y|z|m|n)/;
/** Words that negate what comes just before them (Turkish) or just after them (English). */
const negationAfter = new Set(["degil", "degildir", "yok"]);
const negationBefore = new Set([
  "not",
  "never",
  "didnt",
  "wasnt",
  "isnt",
  "hasnt",
  "havent",
  "werent",
  "dont",
  "t",
]);
/** "can't find", "cannot find", "couldn't find": lost. */
const cannotFind = /\b(?:can ?t|cannot|can not|couldn ?t|could not|unable to) find\b/;
/** Another reason of R7.2 (only an agent revokes for these). */
const otherReason =
  /\b(?:gib|gelir idaresi|vergi dairesi|resen|kotuye|amac disi|amacina aykiri|misuse|abuse|tax office|revenue administration)/;

/**
 * The reason a folded answer gives; `both` when it names both; undefined when it gives none, only a
 * negated one, or another reason.
 */
export function revocationReasonOf(folded: string): CustomerRevocationReason | "both" | undefined {
  if (otherReason.test(folded)) return undefined;
  const tokens = tokensOf(folded);
  let lost = cannotFind.test(folded);
  let stolen = false;
  for (const [i, token] of tokens.entries()) {
    const isLost = lostStem.test(token);
    const isStolen = stolenStem.test(token);
    if (!isLost && !isStolen) continue;
    const negated =
      negatedVerb.test(token) ||
      negationAfter.has(tokens[i + 1] ?? "") ||
      negationAfter.has(tokens[i + 2] ?? "") ||
      tokens.slice(Math.max(0, i - 2), i).some((t) => negationBefore.has(t));
    // "kayıp değil, çalındı": a negated reason is none, another one in the answer still counts
    if (negated) continue;
    if (isLost) lost = true;
    if (isStolen) stolen = true;
  }
  if (lost && stolen) return "both";
  return lost ? "kayip" : stolen ? "calinti" : undefined;
}
