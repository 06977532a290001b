/**
 * The words of the revocation reasons (R7.2), read from the `reasonWords` section of
 * `locales/<lng>/choices.yaml` (data, not code, beside the choice words of choice-synonyms.ts):
 * `reasonWords: { <reason>: { stems, words, phrases, verbs } }`. Words are folded when read; a
 * conversation accepts both languages' words, as for the choices.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { choiceLocales } from "./choice-synonyms.ts";
import { foldTurkish } from "./fold.ts";
import type { NluLocale } from "./training-data.ts";

/** The folded words of one reason. */
export interface ReasonWords {
  /** Word beginnings: a word starting with one names the reason ("kayb": "kaybettik"). */
  stems: string[];
  /** Whole words ("lost"). */
  words: string[];
  /** Words or phrases found anywhere, at a word start; their last word may go on. */
  phrases: string[];
  /** Verb stems whose negated form says the opposite ("kaybol": "kaybolmadı"). */
  verbs: string[];
}

const localesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

const list = z.array(z.string().min(1)).optional();
const fileSchema = z.object({
  reasonWords: z.record(z.string(), z.object({ stems: list, words: list, phrases: list, verbs: list })),
});

/** Parses the text of one choices file's reason words (folded); throws an Error naming the file. */
export function parseReasonWords(text: string, where: string): Record<string, ReasonWords> {
  const parsed = fileSchema.safeParse(parse(text));
  if (!parsed.success)
    throw new Error(`${where}: expected "reasonWords: { <reason>: { stems, words, phrases, verbs } }"`);
  const fold = (words: string[] | undefined) => [...new Set((words ?? []).map((w) => foldTurkish(w)))];
  const result: Record<string, ReasonWords> = {};
  for (const [reason, w] of Object.entries(parsed.data.reasonWords))
    result[reason] = {
      stems: fold(w.stems),
      words: fold(w.words),
      phrases: fold(w.phrases),
      verbs: fold(w.verbs),
    };
  return result;
}

/** The reason words of one locale, read from its file. */
export function loadReasonWords(locale: NluLocale, dir = localesDir): Record<string, ReasonWords> {
  const file = join(dir, locale, "choices.yaml");
  return parseReasonWords(readFileSync(file, "utf8"), file);
}

let loaded: Record<string, ReasonWords>[] | undefined;

/**
 * The folded words of a reason in every language (Turkish first). Throws when no language has any
 * for it, so a reason missing from the files fails at start-up, not in a conversation.
 */
export function reasonWordsOf(reason: string): ReasonWords {
  loaded ??= choiceLocales.map((locale) => loadReasonWords(locale));
  const merged: ReasonWords = { stems: [], words: [], phrases: [], verbs: [] };
  for (const file of loaded) {
    const own = file[reason];
    if (!own) continue;
    for (const key of ["stems", "words", "phrases", "verbs"] as const) merged[key].push(...own[key]);
  }
  if (Object.values(merged).every((words) => words.length === 0))
    throw new Error(`locales/*/choices.yaml: no reasonWords for ${reason}`);
  return merged;
}
