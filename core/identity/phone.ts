import { foldForLabel, splitLabel } from "../text/labelled-answer.ts";
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
  return (
    mobileOf(withoutLabel(withoutNewNumberLabel(String(input ?? "")), "phone")) ?? mobileAmongWords(input)
  );
}

/** The number when `text` is a mobile number and nothing else. */
function mobileOf(text: string): string | undefined {
  const digits = text.replace(/[\s().-]/g, "");
  const match = /^(?:\+90|0090|90|0)?(5\d{9})$/.exec(digits);
  return match ? `+90${match[1]}` : undefined;
}

/**
 * Words that make a contact in the same message not the answer (folded): it is said not to be it,
 * or to be the old one ("ali@… değil", "eski adresim ali@…", "not 0532…", "the current one is …").
 */
const notTheAnswer =
  /(?<![a-z0-9])(?:degil\w*|yanlis\w*|hatali\w*|eski\w*|onceki\w*|mevcut\w*|simdiki\w*|su\s*an\w*|kayitli\w*|yerine|haric\w*|disinda\w*|not|isn'?t|wrong|old|previous|current|instead|former|registered)(?![a-z0-9])/;

/**
 * Whether the words typed around one contact are ordinary words only (folded): no other digit or
 * address, no word saying the contact is not the answer, none of the words `others` names.
 */
export function onlyOrdinaryWords(rest: string, others: RegExp): boolean {
  const folded = foldForLabel(rest);
  return !/[\d@]/.test(folded) && !notTheAnswer.test(folded) && !others.test(folded);
}

/** A number as it is typed among words: digits with spaces, dots, hyphens and brackets, not glued to letters. */
const numberRuns = /(?<![\p{L}\p{N}@._])\+?\(?\d(?:[\d\s().-]*\d)?\)?(?![\p{L}\p{N}@]|[.-]\d)/gu;

/**
 * Words that make a number no mobile number (folded): another kind of number or contact is named
 * ("vkn", "tckn", "seri", "sipariş", "faks", "e-posta").
 */
const otherNumberWords =
  /(?<![a-z0-9])(?:vkn\w*|vergi\w*|tckn\w*|kimlik\w*|tc|seri\w*|serial|siparis\w*|order|faks\w*|fax|sabit|e-?posta\w*|e-?mail\w*|mail\w*|tax|id)(?![a-z0-9])/;

/**
 * The one mobile number of a message whose other words are ordinary ones ("cebim 0532 123 45 67",
 * "0532 123 45 67 olsun"), or undefined: two numbers, an address, or words saying it is not the
 * number (the old one, "değil") or naming another kind of number are no answer.
 */
function mobileAmongWords(input: string): string | undefined {
  const text = String(input ?? "");
  const runs = [...text.matchAll(numberRuns)];
  if (runs.length !== 1) return undefined;
  const run = runs[0]!;
  const rest = `${text.slice(0, run.index)} ${text.slice(run.index + run[0].length)}`;
  if (!onlyOrdinaryWords(rest, otherNumberWords)) return undefined;
  return mobileOf(run[0]);
}
