/** Edit distance with adjacent transpositions (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether `editDistance(a, b) <= 1`, in one pass without allocating: equal, or one substitution,
 * one insertion or deletion, or one swap of adjacent letters apart.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // one substitution, or one transposition of positions i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  // one insertion into the shorter string at position i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * How well a folded word matches a folded stem: 1 when the word starts with the stem (Turkish
 * suffixes: "başvurusu" ⊃ "basvur"), 0.8 when a prefix of the word is one typo away from a stem of
 * five or more letters ("basvru", "sertifka"), else 0.
 */
export function stemMatch(word: string, stem: string): number {
  if (word.startsWith(stem)) return 1;
  if (stem.length < 5) return 0;
  for (const length of [stem.length - 1, stem.length, stem.length + 1]) {
    if (word.length < length) continue;
    if (withinOneEdit(word.slice(0, length), stem)) return 0.8;
  }
  return 0;
}
