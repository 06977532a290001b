import { splitLabel } from "../text/labelled-answer.ts";
import { withoutLabel } from "./typed-number.ts";

/**
 * Words that introduce a new number in an answer, over the folded text (core/text/labelled-answer.ts):
 * "yeni numaram", "yeni cep numaram:", "numaramız", "it's", "my new number is", "new mobile number:".
 */
const newNumberLabel =
  /^(?:(?:it'?s|it\s+is|that'?s|that\s+is|here\s+it\s+is|yeni|benim|bizim|my|our|the|new)\s+)*(?:(?:cep|gsm|mobil[a-z]*|mobile|cell)\s*)?(?:(?:numara[a-z]*|telefon[a-z]*|tel|phone|number|no)\b\.?\s*)*(?:[:=#-]|is\b)?\s*/;

/** The answer without a leading "new number" label, when a number follows it. */
function withoutNewNumberLabel(input: string): string {
  return splitLabel(input, newNumberLabel, (rest) => /^[+(]?\d/.test(rest.folded)).value;
}

/**
 * Normalises a Turkish mobile number written in any common way ("0532 123 45 67", "+90 (532) 123-4567",
 * "5321234567", "tel: 0532 123 45 67", "Cep: 0532…", "yeni numaram 0532…", "it's 0532-…") to E.164
 * `+905XXXXXXXXX`; returns undefined when it is not a Turkish mobile number.
 */
export function normaliseTurkishMobile(input: string): string | undefined {
  const digits = withoutLabel(withoutNewNumberLabel(String(input ?? "")), "phone").replace(/[\s().-]/g, "");
  const match = /^(?:\+90|0090|90|0)?(5\d{9})$/.exec(digits);
  return match ? `+90${match[1]}` : undefined;
}
