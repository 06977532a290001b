/**
 * `npm run bench -- nlu`: top-1 intent accuracy of the bot's recogniser (NLP.js classifier plus
 * rules) on the held-out messages, against today's keyword rules measured in the same run, per
 * locale; and the CPU time of training one locale's classifier against the one-second budget.
 */
import { join } from "node:path";
import { IntentClassifier } from "../bot/nlu/classifier.ts";
import {
  accuracy,
  botRecogniser,
  evaluate,
  loadLabelledMessages,
  rulesRecogniser,
} from "../bot/nlu/evaluation.ts";
import { loadTrainingData, type NluLocale } from "../bot/nlu/training-data.ts";
import { reportFigure } from "./format.ts";

const dir = join(import.meta.dirname, "..", "test", "fixtures", "nlu-heldout");

/** Runs the NLU figures. */
export default async function run(): Promise<void> {
  for (const locale of ["tr", "en"] as NluLocale[]) {
    const messages = loadLabelledMessages(join(dir, `${locale}.yaml`));
    const bot = evaluate(messages, locale, botRecogniser);
    const rules = evaluate(messages, locale, rulesRecogniser);
    reportFigure(`nlu top-1 accuracy ${locale} (${messages.length} held-out)`, accuracy(bot) * 100, "%", {
      what: "keyword rules",
      value: accuracy(rules) * 100,
    });
  }
  const data = loadTrainingData("tr");
  new IntentClassifier("tr", data); // warm-up: stemmer, JIT
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const before = process.cpuUsage();
    new IntentClassifier("tr", data);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  reportFigure(`nlu training tr (${data.length} examples, CPU)`, best, "ms", { what: "budget", value: 1000 });
}
