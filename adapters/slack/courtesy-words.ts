/**
 * Courtesy words agents type to the console as to a colleague (`/mm durum 3230512384 lütfen`,
 * `please`, `rica etsem`, `teşekkürler`): they name nothing, so they are dropped before a line is
 * read; any other extra word still makes the line malformed.
 */
import { foldCommandWord } from "./fold-command.ts";
import { unwrapped } from "./mm-args.ts";

/** Courtesy phrases, folded (fold-command.ts), as word lists. */
const courtesy: readonly (readonly string[])[] = [
  ["rica", "etsem"],
  ["rica", "ederim"],
  ["rica", "ediyorum"],
  ["tesekkur", "ederim"],
  ["tesekkurler", "simdiden"],
  ["thank", "you"],
  ["lutfen"],
  ["tesekkurler"],
  ["tesekkur"],
  ["sagol"],
  ["sagolun"],
  ["please"],
  ["pls"],
  ["plz"],
  ["thanks"],
  ["thx"],
];

/** `words` (as typed) without the courtesy phrases among them; the rest in their order, as typed. */
export function withoutCourtesy(words: readonly string[]): string[] {
  const folded = words.map((word) => foldCommandWord(unwrapped(word)));
  const kept: string[] = [];
  for (let at = 0; at < words.length; ) {
    const phrase = courtesy.find((p) => p.every((word, i) => folded[at + i] === word));
    if (phrase) at += phrase.length;
    else kept.push(words[at++]!);
  }
  return kept;
}
