/**
 * A number dictated in words, group by group, as a phone number is said aloud: "sıfır beş yüz otuz
 * iki yüz yirmi üç kırk beş altmış yedi" → "05322234567", "sıfır beş üç iki …" digit by digit,
 * "zero five three two …" in English; digits typed among the words count as they are. Each group is
 * one number below a thousand (hundreds, tens, units), written with as many digits as its highest
 * place: "beş yüz otuz iki" → 532, "kırk beş" → 45, "yedi" → 7, "sıfır" → 0.
 */
import { foldForLabel } from "./labelled-answer.ts";
import { digitWords, tensWords } from "./number-words.ts";

/** Digit words; "oh" is a zero only when a number is dictated ("oh five three two"). */
const unitWords: Record<string, number> = { ...digitWords, oh: 0 };

/** One group being read: its value and its highest place (1 units, 2 tens, 3 hundreds). */
interface Group {
  value: number;
  places: number;
  /** The lowest place filled so far: a word of that place or higher starts a new group. */
  lowest: number;
}

const digitsOf = (g: Group): string => String(g.value).padStart(g.places, "0");

/**
 * The digits of a number dictated in words (see the file's comment), or undefined when the text has
 * a word that is no number word, or no number word at all.
 */
export function digitsInWords(text: string): string | undefined {
  const words = foldForLabel(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let out = "";
  let group: Group | undefined;
  let sawWord = false;
  const close = () => {
    if (group) out += digitsOf(group);
    group = undefined;
  };
  for (const word of words) {
    if (/^\d+$/.test(word)) {
      close();
      out += word;
      continue;
    }
    sawWord = true;
    if (word in unitWords) {
      const unit = unitWords[word]!;
      // "sıfır" is a digit of its own; a unit after a unit starts a new group
      if (unit === 0 || !group || group.lowest <= 1) {
        close();
        if (unit === 0) out += "0";
        else group = { value: unit, places: 1, lowest: 1 };
      } else {
        group.value += unit;
        group.lowest = 1;
      }
    } else if (word in tensWords) {
      if (!group || group.lowest <= 2) {
        close();
        group = { value: tensWords[word]!, places: 2, lowest: 2 };
      } else {
        group.value += tensWords[word]!;
        group.lowest = 2;
      }
    } else if (word === "yuz" || word === "hundred") {
      // "beş yüz": the unit before it is the hundreds; "yüz" alone is one hundred
      if (group && group.places === 1 && group.lowest === 1)
        group = { value: group.value * 100, places: 3, lowest: 3 };
      else {
        close();
        group = { value: 100, places: 3, lowest: 3 };
      }
    } else return undefined;
  }
  close();
  return sawWord && out !== "" ? out : undefined;
}
