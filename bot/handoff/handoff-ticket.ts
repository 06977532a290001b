/** Hand-off ticket numbers, short enough to read out on the phone. */
import type { RandomSource } from "../../core/ports/random.ts";

/** 32 characters without look-alikes (no I, O, 0, 1). */
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A new ticket: `T-` and 8 characters of {@link alphabet} (40 random bits). */
export function newHandoffTicket(random: RandomSource): string {
  return `T-${[...random.bytes(8)].map((b) => alphabet[b % 32]).join("")}`;
}

/** Whether a text has the shape of a ticket (`T-7K2M9QXA`), case-insensitively. */
export function isHandoffTicket(text: string): boolean {
  return /^T-[A-HJ-NP-Z2-9]{8}$/i.test(text);
}
