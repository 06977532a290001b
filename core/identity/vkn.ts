/**
 * VKN (vergi kimlik numarası, 10 digits) checksum as published by GİB: for the first nine digits,
 * i-th counted from the right, c1 = (d + i) mod 10; c2 = (c1 · 2^i) mod 9, or 9 when that is 0
 * (and 0 when c1 is 0); the check digit is (10 − Σc2 mod 10) mod 10.
 */
export function isValidVkn(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 1; i <= 9; i++) {
    const digit = Number(value[9 - i]);
    const c1 = (digit + i) % 10;
    if (c1 === 0) continue;
    const c2 = (c1 * 2 ** i) % 9;
    sum += c2 === 0 ? 9 : c2;
  }
  return (10 - (sum % 10)) % 10 === Number(value[9]);
}

/** Official test VKNs (GİB, Kamu SM) that fail the checksum; accepted only in test mode. */
export const testModeVkns: ReadonlySet<string> = new Set([
  "9999999999",
  "1234567801",
  "1234567802",
  "1234567804",
]);
