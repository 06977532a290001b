/**
 * Which RFC 5280 reasons a revocation may carry here. A revocation is irreversible (R7.1), so
 * `certificateHold` (a suspension) is refused; `removeFromCRL` only undoes a hold in a delta CRL;
 * `aACompromise` concerns attribute certificates, which this CA does not issue.
 */
import { type RevocationReason, revocationReasons } from "./certificate-authority.ts";

/** The reasons an operator or the RA may revoke with, in RFC order. */
export const allowedRevocationReasons = [
  "unspecified",
  "keyCompromise",
  "cACompromise",
  "affiliationChanged",
  "superseded",
  "cessationOfOperation",
  "privilegeWithdrawn",
] as const satisfies readonly RevocationReason[];

/** One of {@link allowedRevocationReasons}. */
export type AllowedRevocationReason = (typeof allowedRevocationReasons)[number];

const allowed: ReadonlySet<string> = new Set(allowedRevocationReasons);

/**
 * True for an allowed reason name, spelled exactly. Looks the name up in a set, never with `in` or
 * an object index, so `constructor`, `__proto__` or `toString` are not reasons.
 */
export function isAllowedRevocationReason(value: unknown): value is AllowedRevocationReason {
  return typeof value === "string" && allowed.has(value);
}

/** An English sentence for an operator saying why `value` is refused and which reasons are allowed. */
export function refusedRevocationReason(value: string): string {
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const list = allowedRevocationReasons.join(", ");
  // a reason spelled otherwise ("keycompromise", "KEY_COMPROMISE") is named, never "not a reason";
  // it is still refused: a reason is spelled exactly
  const meant = reasonSpelledOtherwise(value);
  const name = meant ?? value;
  const known = Object.hasOwn(revocationReasons, name);
  const why =
    name === "certificateHold"
      ? "a revocation is irreversible, so a certificate cannot be put on hold"
      : meant && allowed.has(meant)
        ? `reasons are spelled exactly as listed: did you mean ${meant}?`
        : known
          ? "it does not apply to the certificates this CA issues"
          : "it is not a revocation reason";
  return `revocation reason ${shown} is not allowed: ${why}. Allowed reasons: ${list}`;
}

/**
 * The RFC 5280 reason name `value` spells in another letter case or with spaces, `_` or `-`
 * (`KEY_COMPROMISE` → `keyCompromise`); undefined when it is spelled exactly or names none.
 */
function reasonSpelledOtherwise(value: string): string | undefined {
  const folded = value.replace(/[\s_-]+/g, "").toLowerCase();
  const name = Object.keys(revocationReasons).find((reason) => reason.toLowerCase() === folded);
  return name !== undefined && name !== value ? name : undefined;
}
