/**
 * What a certificate status means, asked (folded): "askıda ne demek", "iptal edildi ne anlama
 * geliyor", "süresi dolmuş ne demek", "yenileme bekliyor ne demek", "what does revoked mean",
 * "meaning of on hold". Before, the status words drew the status question ("askıda mı" is the
 * status, R10.1), the menu or the renewal text. The answer is the meaning
 * (`info.status_meaning.<term>`, bot/flows/info.ts): a mali mühür is never suspended, a revocation
 * is irreversible (R7.1), an expired one needs a new application (R8.3). Whether the seal IS in a
 * state ("askıda mı", "is it revoked"), a revocation wanted, or a loss told is no such question.
 */

/** A status whose meaning is explained. */
export type StatusTerm = "suspended" | "revoked" | "expired" | "not_yet_valid" | "valid" | "renewal_pending";

/** The status words (folded), most specific first. */
const terms: [StatusTerm, RegExp][] = [
  [
    "renewal_pending",
    /\byenileme (?:bekl\w*|asamasinda|surecinde|gerekiyor|gerekli)|\b(?:renewal (?:pending|due|required|needed)|(?:pending|awaiting|due for) renewal)\b/,
  ],
  ["not_yet_valid", /\bhenuz gecerli degil\w*|\bnot yet valid\b/],
  ["suspended", /\baskida\w*|\baskiya alin\w*|\bsuspended\b|\bon hold\b/],
  ["revoked", /\biptal (?:edil\w*|olmus\w*|oldu\w*)|\biptal durumu\w*|\b(?:revoked|cancell?ed)\b/],
  ["expired", /\bsuresi (?:dol|bit|gec)\w*|\b(?:dolmus|sona ermis)\b|\bexpired\b/],
  ["valid", /\b(?:gecerli|aktif|valid|active)\b/],
];

/** The meaning asked (folded): "ne demek", "ne anlama geliyor", "anlamı ne", "what does … mean". */
const meaningAsked =
  /\bne (?:demek\w*|diyor\w*|anlama gel\w*|anlam\w*|ifade ed\w*)|\banlam(?:i|ini)\b|\bwhat (?:does|do|did|is|s)\b(?: \S+){0,8} mean\w*\b|\bmeaning of\b|\bwhat is meant\b|\bmeans what\b/;

/**
 * A revocation wanted or a loss told, the seal's state asked, or another thing's meaning: no question
 * about a status's meaning (folded).
 */
const notMeaning =
  /\b(?:istiyor\w*|isterim|istiyoruz|edin|edelim|etmek|ettir\w*|kayb\w*|kayip\w*|calin\w*|calindi|caldir\w*|want\w*|please|lost|stolen|revoke (?:it|our|my|the))\b/;

/** Which status's meaning a folded message asks, or undefined. */
export function statusMeaningAsked(folded: string): StatusTerm | undefined {
  if (!meaningAsked.test(folded) || notMeaning.test(folded)) return undefined;
  return terms.find(([, words]) => words.test(folded))?.[0];
}
