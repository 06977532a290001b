/**
 * The intent classifier: NLP.js's neural network (one perceptron per intent) trained on the
 * examples of `locales/<lng>/nlu.yaml` over {@link featuresOf}. Trained on first use, once per
 * process and locale (a few hundred milliseconds at most), then kept in memory.
 */
import { NeuralNetwork, type NeuralRow } from "@nlpjs/neural";
import { featuresOf, stemOf, Vocabulary, wordsOf } from "./features.ts";
import { foldTurkish } from "./fold.ts";
import { type Intent, isIntent } from "./intent-names.ts";
import { type Example, loadTrainingData, type NluLocale } from "./training-data.ts";

/**
 * Training epochs at most: the error stops falling well before (measured on the held-out set:
 * 30 epochs reach the accuracy of NLP.js's default 20 000 at two thirds of the training time).
 */
const trainingIterations = 30;

/** One intent with its share of the classifier's confidence (the shares sum to 1). */
export interface Scored {
  intent: Intent;
  confidence: number;
}

/** A trained classifier of one locale. */
export class IntentClassifier {
  readonly #network: NeuralNetwork;
  readonly #vocabulary = new Vocabulary();
  readonly #known = new Set<string>();
  /** Per word of the training data: how many examples of each intent use it. */
  readonly #support = new Map<string, Map<Intent, number>>();
  /** Words that are a whole example on their own ("fatura", "iade"). */
  readonly #alone = new Set<string>();

  /** Trains on the examples (synchronously). */
  constructor(
    readonly locale: NluLocale,
    examples: readonly Example[],
  ) {
    const corpus: NeuralRow[] = [];
    for (const example of examples) {
      const words = wordsOf(foldTurkish(example.text));
      if (words.length === 1) this.#alone.add(words[0]!);
      for (const word of new Set(words)) {
        this.#vocabulary.add(word);
        const perIntent = this.#support.get(word) ?? new Map<Intent, number>();
        perIntent.set(example.intent, (perIntent.get(example.intent) ?? 0) + 1);
        this.#support.set(word, perIntent);
      }
    }
    for (const example of examples) {
      const input = featuresOf(foldTurkish(example.text), locale);
      for (const feature of Object.keys(input)) this.#known.add(feature);
      corpus.push({ input, output: { [example.intent]: 1 } });
    }
    this.#network = new NeuralNetwork({ log: false, iterations: trainingIterations });
    this.#network.train(corpus);
  }

  /**
   * The share (0–1) of a folded message's words that this locale's training data uses as they
   * stand (numbers and e-mail addresses left out); 0 for a message without words. A low share
   * next to a high one of the other locale marks a message written in the other language.
   */
  knownShare(folded: string): number {
    const words = wordsOf(folded).filter((w) => !w.startsWith("#"));
    if (words.length === 0) return 0;
    return words.filter((w) => this.#vocabulary.has(w)).length / words.length;
  }

  /**
   * Whether the training data knows a folded word: as it stands or typo-corrected, or (six letters
   * or more) by its first five letters ("başvurularımızı" by "basvu"), or by a stem that cuts one of
   * its own endings ("package" as "packages"). A word that is a stem as it stands does not count:
   * "hava" shares its stem with "havale" only because the stemmer cuts "-le" (bot/nlu/off-topic.ts).
   */
  knowsWord(word: string): boolean {
    const known = this.#vocabulary.correct(word);
    if (this.#vocabulary.has(known)) return true;
    // a stem that cuts an ending of this word ("package" → "packag", as "packages") is the word's own
    const stem = stemOf(this.locale, known);
    if (stem !== known && this.#known.has(`s:${stem}`)) return true;
    return word.length > 5 && this.#known.has(`p:${word.slice(0, 5)}`);
  }

  /**
   * What the training data says of one folded word (typo-corrected as the classifier does): whether
   * it is an example on its own, and how many examples of each intent use it.
   */
  supportOf(word: string): { alone: boolean; examples: ReadonlyMap<Intent, number> } {
    const known = this.#vocabulary.correct(word);
    return { alone: this.#alone.has(known), examples: this.#support.get(known) ?? new Map() };
  }

  /**
   * The intents ranked by confidence for a folded message; empty when the message shares no
   * feature with the training data.
   */
  classify(folded: string): Scored[] {
    const all = featuresOf(folded, this.locale, this.#vocabulary);
    const input: Record<string, number> = {};
    for (const [feature, value] of Object.entries(all)) if (this.#known.has(feature)) input[feature] = value;
    if (Object.keys(input).length === 0) return [];
    const raw = this.#network.run(input) ?? {};
    // As NLP.js does: squared activations, normalised to shares.
    let total = 0;
    const ranked: Scored[] = [];
    for (const [intent, score] of Object.entries(raw)) {
      if (!isIntent(intent) || !(score > 0)) continue;
      total += score * score;
      ranked.push({ intent, confidence: score * score });
    }
    if (total === 0) return [];
    for (const r of ranked) r.confidence /= total;
    return ranked.sort((a, b) => b.confidence - a.confidence);
  }
}

const trained = new Map<NluLocale, IntentClassifier>();

/** The classifier of a locale, trained on its training file on first use. */
export function classifierFor(locale: NluLocale): IntentClassifier {
  let classifier = trained.get(locale);
  if (!classifier) {
    classifier = new IntentClassifier(locale, loadTrainingData(locale));
    trained.set(locale, classifier);
  }
  return classifier;
}
