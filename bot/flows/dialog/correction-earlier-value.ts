/**
 * A correction of an earlier field that carries its new value, typed at a later question ("pardon
 * yanlış yazdım, 45678912316 olacak" at the name question, "aslında e-posta farklı olsun
 * muhasebe@ornek.com.tr" at the phone question, "sorry, the email is john@acme.com.tr"): a
 * correction marker, and a value whose kind names one earlier field. A field word in the message
 * wins; else the one earlier field the value fits (an e-mail the e-mail, a VKN the VKN, a TCKN the
 * one TCKN field asked). A value the current question itself takes is its answer, never a
 * correction.
 */

import type { ApplicationField } from "../../../core/ra/application-field.ts";
import { foldTurkish } from "../../nlu/fold.ts";
import { mostSpecific, namedOptions } from "./choice-answer.ts";
import { correctionValueIn } from "./correction-value.ts";

/** Words that mark a message as a correction (folded text). */
const marker =
  /(?<![a-z])(?:pardon|yanlis\w*|hatali\w*|hata\w*|aslinda|olacak\w*|olmali\w*|olsun|yapalim|yapin|yapiniz|duzelt\w*|degis\w*|dogrusu|yerine|sorry|wrong\w*|actually|oops|typo|mistake\w*|incorrect\w*|instead|should be|correct(?:ion|ed)?|meant)(?![a-z])/;

/** Fields whose values have a shape of their own: a value of that shape names the field. */
const shaped: readonly ApplicationField[] = [
  "vkn",
  "tckn",
  "signerTckn",
  "email",
  "phone",
  "techPhone",
  "groupVkn",
];

/** Whether a folded message marks itself as a correction. */
export function marksCorrection(folded: string): boolean {
  return marker.test(folded);
}

/** An earlier field a correction may name: its id, the words naming it, and its field. */
export interface EarlierField {
  id: string;
  words: string[];
  field: ApplicationField;
}

/** The earlier field a correction changes and its new value (normalised as its question stores it). */
export interface EarlierValue {
  id: string;
  value: string;
}

/**
 * The earlier field a correction with a value changes, or undefined: no marker, the value fits the
 * current question's field, or no single earlier field takes it.
 */
export function earlierValueCorrection(
  raw: string,
  folded: string,
  current: ApplicationField | undefined,
  earlier: readonly EarlierField[],
  options: { testMode: boolean },
): EarlierValue | undefined {
  if (earlier.length === 0 || !marksCorrection(folded)) return undefined;
  if (current && shaped.includes(current) && correctionValueIn(current, raw, options) !== undefined)
    return undefined;
  const named = namedOptions(
    folded,
    earlier.map((f) => ({ id: f.id, words: f.words.map(foldTurkish).filter((w) => w !== "") })),
  ).filter((m) => !m.negated);
  if (named.length > 0) {
    const id = mostSpecific(folded, named).id;
    const field = earlier.find((f) => f.id === id)!;
    const value = correctionValueIn(field.field, raw, options);
    if (value !== undefined) return { id, value };
  }
  const fitting = earlier.flatMap((f) => {
    if (!shaped.includes(f.field)) return [];
    const value = correctionValueIn(f.field, raw, options);
    return value === undefined ? [] : [{ id: f.id, value }];
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}
