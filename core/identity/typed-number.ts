/**
 * A number as a customer types it at a question: a leading label naming the number ("VKN:",
 * "Vergi No", "T.C. kimlik no", "tel:", "cep telefonu") and separators between digit groups (spaces,
 * dots, hyphens, slashes: "323.051.2384", "0532-123 45 67"). Only a label of the number asked for is
 * dropped, so "tckn 10000000146" typed where a VKN is asked stays a wrong answer. The label is split
 * off by the shared reader of answers with a label (core/text/labelled-answer.ts).
 */
import { digitsInWords } from "../text/digits-in-words.ts";
import { splitLabel } from "../text/labelled-answer.ts";

/** The kinds of number a label can name. */
export type NumberLabel = "vkn" | "tckn" | "phone";

/** The labels (over folded text, core/text/labelled-answer.ts) of each kind, with the punctuation after them. */
const labels: Record<NumberLabel, RegExp> = {
  vkn: /^(?:(?:my|our|the)\s+)?(?:v\.?\s*k\.?\s*n\.?(?:'?[a-z]*)|vergi(?:\s*kimlik)?(?:\s*(?:no\b\.?|numara[a-z]*))?|tax\s*(?:id|no|number)\b)\s*(?:[:=#-]|is\b)?\s*/,
  tckn: /^(?:t\.?\s*c\.?(?:\s*k\.?\s*n\.?)?(?:'?[a-z]*)?(?:\s*kimlik)?(?:\s*(?:no\b\.?|numara[a-z]*))?|kimlik(?:\s*(?:no\b\.?|numara[a-z]*))?|(?:tr\s*)?id\s*(?:no|number)\b)\s*(?:[:=#-]|is\b)?\s*/,
  phone:
    /^(?:(?:cep|gsm|mobil[a-z]*)(?:\s*tel[a-z]*\.?)?|tel[a-z]*\.?|phone|mobile)(?:\s*(?:no\b\.?|numara[a-z]*|number))?\s*(?:[:=#-]|is\b)?\s*/,
};

/** The typed answer without a leading label of `kind` (folded when a label was dropped), trimmed. */
export function withoutLabel(raw: string, kind: NumberLabel): string {
  // a label must leave a number behind: "telefon" alone is no phone number with a label
  const answer = splitLabel(raw, labels[kind], (rest) => /^[+(]?\d/.test(rest.folded));
  return answer.label === undefined ? answer.value : answer.folded;
}

/**
 * The digits of a number written in groups ("323.051.2384", "323 051 23 84", "323-051-2384"), or
 * undefined when anything but digits and those separators was typed.
 */
export function groupedDigits(text: string): string | undefined {
  const value = text.trim();
  if (!/^\d+(?:[\s./-]+\d+)*$/.test(value)) return undefined;
  return value.replace(/\D/g, "");
}

/**
 * The digits of a VKN/TCKN typed with an optional label of its kind, in grouped digits or dictated in
 * words ("üç iki üç sıfır beş bir iki üç sekiz dört", "üç yüz yirmi üç sıfır elli bir yirmi üç seksen
 * dört": core/text/digits-in-words.ts), if it is one. Words count only when they make 10 or 11 digits.
 */
export function typedIdDigits(raw: string, kind: "vkn" | "tckn"): string | undefined {
  const typed = groupedDigits(withoutLabel(raw, kind));
  if (typed !== undefined) return typed;
  const answer = splitLabel(raw, labels[kind], (rest) => digitsInWords(rest.folded) !== undefined);
  const spoken = digitsInWords(answer.label === undefined ? answer.value : answer.folded);
  return spoken !== undefined && /^\d{10,11}$/.test(spoken) ? spoken : undefined;
}
