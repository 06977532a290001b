/**
 * The classifier's training examples, read from `locales/<lng>/nlu.yaml` (data, not code):
 * `intents: { <intent>: [message, …] }`. Checked when read: every intent known, at least
 * {@link minExamplesPerIntent} examples each, every known intent present.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { type Intent, intents, isIntent } from "./intent-names.ts";

/** Languages with training data. */
export type NluLocale = "tr" | "en";

/** Fewest examples an intent may have in one locale. */
export const minExamplesPerIntent = 25;

/** One labelled message. */
export interface Example {
  text: string;
  intent: Intent;
}

const localesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");

const fileSchema = z.object({ intents: z.record(z.string(), z.array(z.string().min(1))) });

/** Parses the text of one training file; throws an Error naming the problem. */
export function parseTrainingData(text: string, where: string): Example[] {
  const parsed = fileSchema.safeParse(parse(text));
  if (!parsed.success) throw new Error(`${where}: expected "intents: { <intent>: [messages] }"`);
  const examples: Example[] = [];
  for (const [intent, texts] of Object.entries(parsed.data.intents)) {
    if (!isIntent(intent)) throw new Error(`${where}: unknown intent "${intent}"`);
    if (texts.length < minExamplesPerIntent)
      throw new Error(
        `${where}: intent "${intent}" has ${texts.length} examples, fewer than ${minExamplesPerIntent}`,
      );
    for (const text of texts) examples.push({ text: String(text), intent });
  }
  for (const intent of intents)
    if (!examples.some((e) => e.intent === intent))
      throw new Error(`${where}: intent "${intent}" has no examples`);
  return examples;
}

/** The training examples of a locale, read from its file. */
export function loadTrainingData(locale: NluLocale, dir = localesDir): Example[] {
  const file = join(dir, locale, "nlu.yaml");
  return parseTrainingData(readFileSync(file, "utf8"), file);
}

/** The training locale of a conversation locale (English for "en", else Turkish). */
export function nluLocaleOf(locale: string): NluLocale {
  return locale === "en" ? "en" : "tr";
}
