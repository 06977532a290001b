/**
 * One-time codes: 6 random digits, stored only as an HMAC-SHA-256 under a server secret (so a copy
 * of the database does not reveal a live code), compared in constant time.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { RandomSource } from "../ports/random.ts";

/** Lifetime of a code (`interfaces.md` §4). */
export const codeLifetimeMs = 5 * 60 * 1000;
/** Tries per code. */
export const maxCodeAttempts = 3;

/** A uniformly random 6-digit code (rejection sampling, no modulo bias). */
export function newOneTimeCode(random: RandomSource): string {
  for (;;) {
    const b = random.bytes(4);
    const value = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    if (value < 4_294_000_000) return String(value % 1_000_000).padStart(6, "0");
  }
}

/** The stored form of a code, bound to its challenge id so a hash cannot be replayed elsewhere. */
export function hashOneTimeCode(secret: Uint8Array, challengeId: string, code: string): string {
  return createHmac("sha256", secret).update(`${challengeId}:${code}`).digest("hex");
}

/** Whether `code` matches the stored hash. */
export function oneTimeCodeMatches(
  secret: Uint8Array,
  challengeId: string,
  code: string,
  stored: string,
): boolean {
  const candidate = Buffer.from(hashOneTimeCode(secret, challengeId, code.trim()), "hex");
  const expected = Buffer.from(stored, "hex");
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}
