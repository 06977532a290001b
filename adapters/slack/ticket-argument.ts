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

/**
 * The distinct tickets `args` name word by word (`T-ABCD2345 T-EFGH2345`, `ABCD2345 T EFGH2345`):
 * more than one is a command for several hand-offs, which `/mm devral` and `/mm bitir` never take.
 * A word counts when it reads as a ticket with its `T-` or a digit, so that a courtesy word of eight
 * letters ("teşekkür") after the ticket is not taken for a second one.
 */
export function ticketsNamed(args: readonly string[]): string[] {
  const tickets = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    // "T ABCD2345": the T and its body typed apart
    const typed = word.toUpperCase() === "T" ? `T-${args[i + 1] ?? ""}` : word;
    const ticket = asTicket(typed);
    if (ticket && (/^T[\s\-‐‑‒–—―−_]/iu.test(typed) || /\d/.test(typed))) tickets.add(ticket);
  }
  return [...tickets];
}
