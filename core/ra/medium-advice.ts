/**
 * R2.2/R2.3: when an HSM fits better than a smart card. A card makes about one signature per 1–2
 * seconds; an HSM 1000 or more per second. The seed's thresholds: 120 or more e-Fatura per minute,
 * several people signing from different computers, or branches that also issue e-Fatura.
 */
import type { MediumAdvice } from "./registration-authority.ts";

/** Invoices per minute from which the seed recommends an HSM (R2.2). */
export const hsmInvoicesPerMinute = 120;

/** Advises card or HSM from what the customer said; the reasons name each criterion met. */
export function adviseMedium(facts: {
  invoicesPerMinute?: number;
  severalSigners?: boolean;
  branches?: boolean;
}): MediumAdvice {
  const reasons: string[] = [];
  if ((facts.invoicesPerMinute ?? 0) >= hsmInvoicesPerMinute) reasons.push("volume_per_minute");
  if (facts.severalSigners) reasons.push("several_signers");
  if (facts.branches) reasons.push("branches");
  return { medium: reasons.length ? "hsm" : "card", reasons };
}
