/**
 * A number as a customer types it at a question: a leading label naming the number ("VKN:",
 * "Vergi No", "T.C. kimlik no", "tel:", "cep telefonu") and separators between digit groups (spaces,
 * dots, hyphens, slashes: "323.051.2384", "0532-123 45 67"). Only a label of the number asked for is
 * dropped, so "tckn 10000000146" typed where a VKN is asked stays a wrong answer.
 */

/** The kinds of number a label can name. */
export type NumberLabel = "vkn" | "tckn" | "phone";

/** The labels (over text folded by {@link foldLabel}) of each kind, with the punctuation after them. */
const labels: Record<NumberLabel, RegExp> = {
  vkn: /^(?:(?:my|our|the)\s+)?(?:v\.?\s*k\.?\s*n\.?(?:'?[a-z]*)|vergi(?:\s*kimlik)?(?:\s*(?:no\b\.?|numara[a-z]*))?|tax\s*(?:id|no|number)\b)\s*(?:[:=#-]|is\b)?\s*/,
  tckn: /^(?:t\.?\s*c\.?(?:\s*k\.?\s*n\.?)?(?:'?[a-z]*)?(?:\s*kimlik)?(?:\s*(?:no\b\.?|numara[a-z]*))?|kimlik(?:\s*(?:no\b\.?|numara[a-z]*))?|(?:tr\s*)?id\s*(?:no|number)\b)\s*(?:[:=#-]|is\b)?\s*/,
  phone:
    /^(?:(?:cep|gsm|mobil[a-z]*)(?:\s*tel[a-z]*\.?)?|tel[a-z]*\.?|phone|mobile)(?:\s*(?:no\b\.?|numara[a-z]*|number))?\s*(?:[:=#-]|is\b)?\s*/,
};

/** Lower case with Turkish letters folded to ASCII (İ/I/ı → i, ş → s …): what the labels match. */
function foldLabel(text: string): string {
  return text
    .toLocaleLowerCase("tr")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[’`´]/g, "'");
}

/** The typed answer without a leading label of `kind` (folded when a label was dropped), trimmed. */
export function withoutLabel(raw: string, kind: NumberLabel): string {
  const value = String(raw ?? "").trim();
  const folded = foldLabel(value);
  const label = labels[kind].exec(folded);
  // a label must leave a number behind: "telefon" alone is no phone number with a label
  if (!label || !/^[+(]?\d/.test(folded.slice(label[0].length))) return value;
  return folded.slice(label[0].length).trim();
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

/** The digits of a VKN/TCKN typed with an optional label of its kind and grouped digits, if it is one. */
export function typedIdDigits(raw: string, kind: "vkn" | "tckn"): string | undefined {
  return groupedDigits(withoutLabel(raw, kind));
}
