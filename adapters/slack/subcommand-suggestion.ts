/**
 * The `/mm` subcommand an unknown word most likely meant: its English name (`status` → `durum`) or a
 * typo of one (`durm`, `dogurla`, `basvru`). Only suggested, never run: a guessed `iptal` must not
 * revoke anything.
 */

/** English names agents may type for the Turkish subcommands (folded). */
const englishNames: Readonly<Record<string, string>> = {
  status: "durum",
  identity: "kimlik",
  identify: "kimlik",
  verify: "dogrula",
  update: "guncelle",
  revoke: "iptal",
  revocation: "iptal",
  approve: "onayla",
  reject: "reddet",
  application: "basvuru",
  order: "basvuru",
  take: "devral",
  finish: "bitir",
  close: "bitir",
};

/** The subcommands as typed (folded). */
const turkishNames = [
  "yardim",
  "durum",
  "kimlik",
  "dogrula",
  "guncelle",
  "iptal",
  "onayla",
  "reddet",
  "basvuru",
  "devral",
  "bitir",
];

/** Edit distance with adjacent transpositions (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** The Turkish subcommand an English name (folded) stands for, exactly; undefined for any other word. */
export function englishSubcommand(folded: string): string | undefined {
  return Object.hasOwn(englishNames, folded) ? englishNames[folded] : undefined;
}

/**
 * The subcommand `folded` (a word folded by foldCommandWord) most likely meant, or undefined: an
 * English name, or the one subcommand within one edit (two for words of six letters or more).
 */
export function suggestedSubcommand(folded: string): string | undefined {
  if (Object.hasOwn(englishNames, folded)) return englishNames[folded];
  if (folded.length < 3 || folded.length > 20) return undefined;
  const allowed = folded.length >= 6 ? 2 : 1;
  const near = turkishNames.filter((name) => distance(folded, name) <= allowed);
  return near.length === 1 ? near[0] : undefined;
}
