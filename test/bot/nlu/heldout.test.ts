/**
 * The held-out evaluation (test/fixtures/nlu-heldout, written without seeing the training data):
 * the target top-1 accuracy, better than the old rules, and no message starts revocation unless
 * it asks for it. `npm run nlu:eval` prints the details.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  accuracy,
  botRecogniser,
  evaluate,
  loadLabelledMessages,
  rulesRecogniser,
} from "../../../bot/nlu/evaluation.ts";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "nlu-heldout");
const target = 0.95;

describe("held-out intent evaluation", () => {
  it.each(["tr", "en"] as const)("%s: beats the rules and never starts revocation unasked", (locale) => {
    const messages = loadLabelledMessages(join(dir, `${locale}.yaml`));
    expect(messages.length).toBeGreaterThanOrEqual(locale === "tr" ? 400 : 150);
    const bot = evaluate(messages, locale, botRecogniser);
    const rules = evaluate(messages, locale, rulesRecogniser);
    expect(accuracy(bot)).toBeGreaterThan(accuracy(rules));
    expect(bot.falseRevocations.map((m) => m.text)).toEqual([]);
  });

  it(`reaches ${target * 100} % top-1 over both locales`, () => {
    let passed = 0;
    let total = 0;
    for (const locale of ["tr", "en"] as const) {
      const report = evaluate(loadLabelledMessages(join(dir, `${locale}.yaml`)), locale, botRecogniser);
      passed += report.passed;
      total += report.total;
    }
    expect(passed / total).toBeGreaterThanOrEqual(target);
  });
});
