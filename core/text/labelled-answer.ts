/**
 * An answer with a label: customers often type the name of what is asked before the answer
 * ("VKN: 3230512384", "e-posta adresim ali@ornek.com.tr", "Unvan: ABC Ltd", "kodum 482 913"). This
 * is the one place that splits such a label off. Each reader brings its own label (a pattern over
 * the folded text) and its own rule for what must follow the label; the label is dropped only when
 * that rule accepts what follows, otherwise the answer is left whole.
 */

/** One character folded: Turkish lower case, diacritics removed, dotless ı → i, curly apostrophes → '. */
function foldChar(char: string): string {
  const folded = char
    .toLocaleLowerCase("tr")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[’`´]/g, "'");
  // the folded text keeps the typed text's positions, so a label's length cuts the typed text too
  return folded.length === char.length ? folded : char;
}

/**
 * `text` in the form labels are written in: lower case with Turkish letters folded to ASCII (İ/I/ı
 * → i, ş → s …). Position for position the same as `text`, so a match on it can cut `text`.
 */
export function foldForLabel(text: string): string {
  let folded = "";
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** A typed answer split at a leading label. */
export interface LabelledAnswer {
  /** The label as typed, trimmed; undefined when none was dropped. */
  label?: string;
  /** The answer after the label as typed, trimmed (the whole answer, trimmed, when no label was dropped). */
  value: string;
  /** {@link value} folded ({@link foldForLabel}). */
  folded: string;
}

/**
 * Splits a leading label off a typed answer. `label` is matched at the very start of the folded
 * answer (it should begin with `^` and take the separator after it: spaces, ":", "="); `follows` is
 * the reader's rule for what must come after the label, given the rest as typed and folded. When
 * there is no label, or the rest does not satisfy `follows`, the whole answer is the value.
 */
export function splitLabel(
  raw: string,
  label: RegExp,
  follows: (rest: { value: string; folded: string }) => boolean,
): LabelledAnswer {
  const typed = String(raw ?? "").trim();
  const folded = foldForLabel(typed);
  const whole = { value: typed, folded };
  const found = label.exec(folded);
  if (found?.index !== 0 || found[0].length === 0) return whole;
  const rest = { value: typed.slice(found[0].length).trim(), folded: folded.slice(found[0].length).trim() };
  if (rest.value === "" || !follows(rest)) return whole;
  return { label: typed.slice(0, found[0].length).trim(), ...rest };
}
