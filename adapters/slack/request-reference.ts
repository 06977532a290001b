/**
 * The request number of `onayla`, `reddet`, `devral` and `bitir` as agents type it from a channel
 * message or a colleague's note: after a `#` (`#IP-7K2M9QXA`, `# T-ABCD2345`) or after words naming
 * it (`talep IP-…`, `talep no: T-…`, `iptal talebi IP-…`, `request IP-…`, `ticket T-…`). The `#` and
 * the words are dropped; anything else is left as typed.
 */
import { foldCommandWord } from "./fold-command.ts";

/** Words that name a request number before it, folded (fold-command.ts), without a trailing colon. */
const labelWords: ReadonlySet<string> = new Set([
  "talep",
  "talebi",
  "talep no",
  "talep numarasi",
  "talebin",
  "iptal talebi",
  "iptal talep no",
  "iptal talebi no",
  "temsilci talebi",
  "temsilci talep no",
  "no",
  "numara",
  "numarasi",
  "request",
  "request no",
  "request number",
  "ticket",
  "ticket no",
]);

/** The longest run of leading words (up to three) that names the number, or 0. */
function labelLength(args: readonly string[]): number {
  for (let n = Math.min(3, args.length - 1); n >= 1; n--) {
    const phrase = args
      .slice(0, n)
      .map((w) => foldCommandWord(w).replace(/[:#.]+$/, ""))
      .join(" ");
    if (labelWords.has(phrase)) return n;
  }
  return 0;
}

/**
 * `args` without a label before the request number and without a `#` before it (glued, or a word of
 * its own); unchanged when neither is there.
 */
export function withoutRequestLabel(args: readonly string[]): string[] {
  let rest = args.slice(labelLength(args));
  if (rest[0] === "#") rest = rest.slice(1);
  if (rest[0]?.startsWith("#")) rest = [rest[0].slice(1), ...rest.slice(1)];
  // "talep: IP-…" glued: the label's word ends with a colon, "talep:IP-…" in one word
  const glued = /^(talep|request|ticket)(?:\s*no)?[:#]+(.+)$/iu.exec(rest[0] ?? "");
  if (glued?.[2]) rest = [glued[2], ...rest.slice(1)];
  return withJoinedRequestNumber(rest.filter(Boolean));
}

/** A revocation request number read out in pieces or with another dash: `IP 7K2M9QXA`, `IP7K2M9QXA`, `IP–7K2M9QXA`. */
const spacedRequest = /^[Iiİı][Pp][\s\-‐‑‒–—―−_]*([A-Za-z2-9]{8})$/u;

/**
 * `args` with a revocation request number typed in pieces at their start (`IP 7K2M9QXA`,
 * `ip 7k2m 9qxa`) or without its dash, or with another dash, as the one word `IP-7K2M9QXA`; look-alikes
 * are not corrected (core finds no request). Unchanged otherwise.
 */
function withJoinedRequestNumber(args: readonly string[]): string[] {
  for (let end = Math.min(args.length, 3); end >= 1; end--) {
    const m = spacedRequest.exec(args.slice(0, end).join(""));
    if (m) return [`IP-${m[1]!.toUpperCase()}`, ...args.slice(end)];
  }
  return [...args];
}
