/**
 * The typed words that pick a button of a choice question, read from `locales/<lng>/choices.yaml`
 * (data, not code, loaded like the training file): `choices: { <question>: { <choice id>: [words] } }`.
 * Words are folded when read. A conversation accepts both languages' words: customers mix them
 * ("company" in a Turkish chat), and no word of one list means something else in the other.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { foldTurkish } from "./fold.ts";
import type { NluLocale } from "./training-data.ts";

/** The languages with a choices file. */
export const choiceLocales: readonly NluLocale[] = ["tr", "en"];

/** Folded words per choice id, per question. */
export type ChoiceSynonyms = Record<string, Record<string, string[]>>;

const localesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

const fileSchema = z.object({
  choices: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)).min(1))),
});

/** Parses the text of one choices file (words folded); throws an Error naming the problem. */
export function parseChoiceSynonyms(text: string, where: string): ChoiceSynonyms {
  const parsed = fileSchema.safeParse(parse(text));
  if (!parsed.success) throw new Error(`${where}: expected "choices: { <question>: { <choice>: [words] } }"`);
  const result: ChoiceSynonyms = {};
  for (const [question, choices] of Object.entries(parsed.data.choices)) {
    result[question] = {};
    for (const [id, words] of Object.entries(choices))
      result[question][id] = [...new Set(words.map((w) => foldTurkish(String(w))))];
  }
  return result;
}

/** The choice words of one locale, read from its file. */
export function loadChoiceSynonyms(locale: NluLocale, dir = localesDir): ChoiceSynonyms {
  const file = join(dir, locale, "choices.yaml");
  return parseChoiceSynonyms(readFileSync(file, "utf8"), file);
}

let loaded: Record<NluLocale, ChoiceSynonyms> | undefined;

function all(): Record<NluLocale, ChoiceSynonyms> {
  loaded ??= { tr: loadChoiceSynonyms("tr"), en: loadChoiceSynonyms("en") };
  return loaded;
}

/**
 * The folded words that pick a choice, in every language (Turkish first). Throws when a language
 * has none for it, so a choice missing from a file fails at start-up, not in a conversation.
 */
export function synonymsOf(question: string, id: string): string[] {
  const words: string[] = [];
  for (const locale of choiceLocales) {
    const own = all()[locale][question]?.[id];
    if (!own?.length) throw new Error(`locales/${locale}/choices.yaml: no words for ${question}.${id}`);
    words.push(...own);
  }
  return [...new Set(words)];
}
