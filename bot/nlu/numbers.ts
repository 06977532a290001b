/**
 * Numbers written in digits or in Turkish (or English) words: "200", "iki yüz", "ikiyüz elli",
 * "bin iki yüz", "two hundred". Works on folded text (see fold.ts).
 */
import { digitWords, tensWords } from "../../core/text/number-words.ts";

const units: Record<string, number> = {
  ...digitWords,
  ...tensWords,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
};
const multipliers: Record<string, number> = { yuz: 100, hundred: 100, bin: 1000, thousand: 1000 };
const wordList = [...Object.keys(units), ...Object.keys(multipliers)].sort((a, b) => b.length - a.length);

/** Splits glued number words ("ikiyuzelli" → ["iki","yuz","elli"]); undefined when the word is not one. */
function splitNumberWord(word: string): string[] | undefined {
  if (word.length === 0) return [];
  for (const candidate of wordList) {
    if (word.startsWith(candidate)) {
      const rest = splitNumberWord(word.slice(candidate.length));
      if (rest) return [candidate, ...rest];
    }
  }
  return undefined;
}

/** Value of a run of number words, or undefined. */
function valueOfWords(words: string[]): number | undefined {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const w of words) {
    if (w in units) {
      group += units[w]!;
      seen = true;
    } else if (w === "yuz" || w === "hundred") {
      group = (group || 1) * 100;
      seen = true;
    } else if (w === "bin" || w === "thousand") {
      total += (group || 1) * 1000;
      group = 0;
      seen = true;
    } else if (w === "and" || w === "ve") {
      // "two hundred and fifty"
    } else return undefined;
  }
  return seen ? total + group : undefined;
}

/** The value of digits with dots between thousands ("1.200" → 1200, "200." → 200). */
function digitsValue(digits: string): number {
  return Number(digits.replace(/\.(?=\d{3}(\D|$))/g, "").replace(/\.$/, ""));
}

/**
 * The number words of a run starting at token `start` (which holds at least one), joined by
 * "ve"/"and", and the index of the first token after the run.
 */
function numberWordRun(tokens: string[], start: number, first: string[]): { words: string[]; end: number } {
  const words = [...first];
  let end = start + 1;
  for (; end < tokens.length; end++) {
    const more =
      tokens[end] === "ve" || tokens[end] === "and" ? [tokens[end]!] : splitNumberWord(tokens[end]!);
    if (!more || more.length === 0) break;
    words.push(...more);
  }
  return { words, end };
}

/**
 * The first number in a folded text, from digits ("1.200", "200") or words ("iki yüz"); undefined
 * when there is none.
 */
export function parseNumber(folded: string): number | undefined {
  const digits = /\d[\d.]*/.exec(folded);
  const tokens = folded.split(" ");
  let best: { index: number; value: number } | undefined;
  if (digits) {
    const value = digitsValue(digits[0]);
    if (Number.isFinite(value)) best = { index: folded.slice(0, digits.index).split(" ").length - 1, value };
  }
  for (let i = 0; i < tokens.length; i++) {
    if (best && best.index <= i) break;
    const first = splitNumberWord(tokens[i]!);
    if (!first || first.length === 0) continue;
    const value = valueOfWords(numberWordRun(tokens, i, first).words);
    if (value !== undefined) return value;
  }
  return best?.value;
}

/** One number in a folded text, with the tokens it spans (`start` inclusive, `end` exclusive). */
export interface NumberSpan {
  value: number;
  start: number;
  end: number;
  /** Written as one number word ("bir", "one"), which is also an article or a pronoun. */
  singleWord: boolean;
}

/** Every number in a folded text, in order: digits ("1.200") and runs of number words ("iki yüz"). */
export function numbersIn(folded: string): NumberSpan[] {
  const tokens = folded.split(" ");
  const found: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/^\d[\d.]*$/.test(token)) {
      const value = digitsValue(token);
      if (Number.isFinite(value)) found.push({ value, start: i, end: i + 1, singleWord: false });
      i++;
      continue;
    }
    const first = splitNumberWord(token);
    if (!first || first.length === 0) {
      i++;
      continue;
    }
    const run = numberWordRun(tokens, i, first);
    const words = run.words;
    let j = run.end;
    while (j > i + 1 && (tokens[j - 1] === "ve" || tokens[j - 1] === "and")) {
      j--;
      words.pop();
    }
    const value = valueOfWords(words);
    if (value !== undefined) found.push({ value, start: i, end: j, singleWord: words.length === 1 });
    i = j;
  }
  return found;
}
