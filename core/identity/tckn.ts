/**
 * TCKN (T.C. kimlik numarası, 11 digits): first digit not 0;
 * d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8)) mod 10, normalised to 0..9; d11 = (d1+…+d10) mod 10.
 */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/.test(value)) return false;
  const d = [...value].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((7 * odd - even) % 10) + 10) % 10;
  if (d10 !== d[9]) return false;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d11 === d[10];
}

/** Test TCKNs accepted only in test mode (none are official; kept for symmetry with VKN). */
export const testModeTckns: ReadonlySet<string> = new Set(["11111111110"]);
