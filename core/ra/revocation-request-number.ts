/**
 * Four-eyes revocation request numbers agents read and type: `IP-` and 8 characters without
 * look-alikes (40 random bits), like hand-off tickets (`T-…`). Requests made before were numbered by
 * a UUID, which is still accepted as it is.
 */
import type { RandomSource } from "../ports/random.ts";

/** 32 characters without look-alikes (no I, O, 0, 1). */
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A new request number, `IP-7K2M9QXA`. */
export function newRevocationRequestNumber(random: RandomSource): string {
  return `IP-${[...random.bytes(8)].map((b) => alphabet[b % 32]).join("")}`;
}

/**
 * A typed request number in its stored form: `ip-7k2m9qxa`, `İP-7K2M9QXA` (Turkish capital İ) and
 * `IP-7K2M9QXA` are one; anything else (a UUID of an older request) as typed, trimmed.
 */
export function typedRevocationRequestNumber(typed: string): string {
  const value = String(typed ?? "").trim();
  const upper = value.replace(/[İı]/g, "I").toUpperCase();
  return /^IP-[A-HJ-NP-Z2-9]{8}$/.test(upper) ? upper : value;
}
