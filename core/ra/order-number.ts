/** Order numbers: what customers type at the bank (R3.2) and in the chat. */
import type { RandomSource } from "../ports/random.ts";

/** A new order number `MM` + 10 random digits, e.g. `MM4821093375`. */
export function newOrderNumber(random: RandomSource): string {
  let digits = "";
  while (digits.length < 10) {
    for (const byte of random.bytes(16)) {
      if (byte < 250 && digits.length < 10) digits += String(byte % 10);
    }
  }
  return `MM${digits}`;
}

/** Normalises what a customer typed ("mm 4821 093375") to the stored form, or undefined. */
export function normaliseOrderNumber(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  return /^MM\d{10}$/.test(compact) ? compact : undefined;
}
