/**
 * The hand-off ticket of `/mm devral` and `/mm bitir` as agents type it after reading it out on the
 * phone or copying it by hand: `T-ABCD2345`, `T ABCD2345`, `TABCD2345`, `ABCD2345`, `t abcd 2345`, or
 * with another dash (non-breaking, en, em, minus). Look-alikes (`O` for `0`) are not corrected.
 */

/** Spaces and every dash a ticket may be typed with. */
const separators = /[\s\-‐‑‒–—―−_]+/gu;
/** The 8 characters of a ticket, with or without its `T` (the alphabet has no I, O, 0 or 1). */
const ticketBody = /^T?([A-HJ-NP-Z2-9]{8})$/;

/** `text` as a ticket `T-XXXXXXXX`, or undefined when it is not one. */
function asTicket(text: string): string | undefined {
  const m = ticketBody.exec(text.replace(separators, "").toUpperCase());
  return m ? `T-${m[1]}` : undefined;
}

/**
 * The ticket `args` name: all of them typed in pieces, or the first one (a word after it, as in
 * `T-ABCD2345 lütfen`, is left); otherwise the first word in capitals, so that it is not found.
 */
export function ticketArgument(args: readonly string[]): string {
  return asTicket(args.join("")) ?? asTicket(args[0] ?? "") ?? (args[0] ?? "").toUpperCase();
}
