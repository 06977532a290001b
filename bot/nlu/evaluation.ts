/**
 * Measuring intent recognition on labelled messages (the held-out set of
 * `test/fixtures/nlu-heldout/<lng>.yaml`: a list of `{ text, intent }`): top-1 accuracy per
 * intent, a confusion count of the misroutes, how often the bot asked instead of acting, and
 * every message that would start revocation without asking for it.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { foldTurkish } from "./fold.ts";
import { type Intent, isIntent } from "./intent-names.ts";
import { recogniseIntent } from "./legacy-rules.ts";
import type { NluLocale } from "./training-data.ts";
import { topIntent, type Understanding, understand } from "./understand.ts";

/** A message with the intent it should reach. */
export interface LabelledMessage {
  text: string;
  intent: Intent;
}

/** What one recogniser made of one message. */
export interface Verdict {
  /** The best intent (top-1), or undefined when nothing was recognised. */
  intent: Intent | undefined;
  /** Whether the bot would start revocation on this message. */
  startsRevocation: boolean;
  /** Whether the bot would ask ("Şunu mu demek istediniz?") instead of acting. */
  asks: boolean;
}

/** A recogniser under test. */
export type Recogniser = (folded: string, locale: NluLocale) => Verdict;

/** The bot's recogniser: classifier plus rules, with its ask-when-unsure policy. */
export const botRecogniser: Recogniser = (folded, locale) => {
  const understood: Understanding = understand(folded, locale);
  return {
    intent: topIntent(understood),
    startsRevocation: understood.kind === "intent" && understood.intent === "revoke",
    asks: understood.kind === "unsure",
  };
};

/** Today's rules before the classifier (legacy-rules.ts): the baseline. */
export const rulesRecogniser: Recogniser = (folded) => {
  const intent = recogniseIntent(folded)?.intent;
  return { intent, startsRevocation: intent === "revoke", asks: false };
};

/** The outcome of one evaluation. */
export interface EvaluationReport {
  total: number;
  passed: number;
  /** Per expected intent: messages and correct top-1 answers. */
  perIntent: Map<Intent, { total: number; correct: number }>;
  /** Misroutes: `expected → predicted` (predicted "none" when nothing was recognised) with counts. */
  confusion: Map<string, number>;
  asked: number;
  /** Messages not labelled revoke that would start revocation. */
  falseRevocations: LabelledMessage[];
  /** Misrouted messages with what they reached. */
  misses: { message: LabelledMessage; got: Intent | undefined }[];
}

/** Top-1 accuracy of a report (0..1). */
export function accuracy(report: EvaluationReport): number {
  return report.total === 0 ? 0 : report.passed / report.total;
}

/** Evaluates a recogniser on labelled messages of one locale. */
export function evaluate(
  messages: readonly LabelledMessage[],
  locale: NluLocale,
  recogniser: Recogniser,
): EvaluationReport {
  const report: EvaluationReport = {
    total: 0,
    passed: 0,
    perIntent: new Map(),
    confusion: new Map(),
    asked: 0,
    falseRevocations: [],
    misses: [],
  };
  for (const message of messages) {
    const verdict = recogniser(foldTurkish(message.text), locale);
    const row = report.perIntent.get(message.intent) ?? { total: 0, correct: 0 };
    report.perIntent.set(message.intent, row);
    row.total += 1;
    report.total += 1;
    if (verdict.asks) report.asked += 1;
    if (verdict.startsRevocation && message.intent !== "revoke") report.falseRevocations.push(message);
    if (verdict.intent === message.intent) {
      row.correct += 1;
      report.passed += 1;
    } else {
      const key = `${message.intent} → ${verdict.intent ?? "none"}`;
      report.confusion.set(key, (report.confusion.get(key) ?? 0) + 1);
      report.misses.push({ message, got: verdict.intent });
    }
  }
  return report;
}

const heldOutSchema = z.array(z.object({ text: z.string().min(1), intent: z.string() }));

/** Reads a labelled file (a YAML list of `{ text, intent }`); throws on an unknown intent. */
export function loadLabelledMessages(file: string): LabelledMessage[] {
  const parsed = heldOutSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: expected a list of { text, intent }`);
  return parsed.data.map((m, i) => {
    if (!isIntent(m.intent)) throw new Error(`${file}: item ${i + 1} has unknown intent "${m.intent}"`);
    return { text: m.text, intent: m.intent };
  });
}
