import { withoutLabel } from "./typed-number.ts";

/**
 * Normalises a Turkish mobile number written in any common way ("0532 123 45 67", "+90 (532) 123-4567",
 * "5321234567", "tel: 0532 123 45 67", "Cep: 0532…") to E.164 `+905XXXXXXXXX`; returns undefined when it
 * is not a Turkish mobile number.
 */
export function normaliseTurkishMobile(input: string): string | undefined {
  const digits = withoutLabel(input, "phone").replace(/[\s().-]/g, "");
  const match = /^(?:\+90|0090|90|0)?(5\d{9})$/.exec(digits);
  return match ? `+90${match[1]}` : undefined;
}
