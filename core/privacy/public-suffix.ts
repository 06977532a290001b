/**
 * Where a domain's public suffix begins, by a compact rule instead of the whole Public Suffix List:
 * the last label, or the last two where the top-level domain is a two-letter country code and the
 * label before it is one of the generic second-level names registries use under it (`com.tr`,
 * `gov.tr`, `k12.tr`, `av.tr`, `co.uk`, …). A suffix the rule does not know is taken as the top-level
 * domain alone, which masks more of the domain, never less.
 */

/** Second-level names under a country code: Turkey's (nic.tr) and the common ones elsewhere. */
const secondLevelNames = new Set([
  "com",
  "net",
  "org",
  "gov",
  "edu",
  "mil",
  "k12",
  "bel",
  "pol",
  "tsk",
  "av",
  "dr",
  "gen",
  "biz",
  "info",
  "web",
  "tv",
  "name",
  "tel",
  "bbs",
  "kep",
  "nc",
  "co",
  "ac",
  "ltd",
  "plc",
  "nom",
  "or",
  "ne",
  "go",
  "gob",
  "gouv",
]);

/**
 * How many labels of `labels` (a lower-case domain split at its dots) form its public suffix:
 * 1 or 2, and always fewer than the labels, so that a registrable label is left before it.
 */
export function publicSuffixLength(labels: readonly string[]): number {
  const tld = labels.at(-1) ?? "";
  const second = labels.at(-2) ?? "";
  const twoLevel = /^\p{L}{2}$/u.test(tld) && secondLevelNames.has(second);
  return twoLevel && labels.length > 2 ? 2 : 1;
}
