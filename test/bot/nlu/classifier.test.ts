import { describe, expect, it } from "vitest";
import { IntentClassifier } from "../../../bot/nlu/classifier.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { intents } from "../../../bot/nlu/intents.ts";
import { loadTrainingData, minExamplesPerIntent, parseTrainingData } from "../../../bot/nlu/training-data.ts";
import { understand } from "../../../bot/nlu/understand.ts";

describe("training data and classifier", () => {
  it.each(["tr", "en"] as const)("%s: at least 25 examples for every intent", (locale) => {
    const data = loadTrainingData(locale);
    for (const intent of intents)
      expect(data.filter((e) => e.intent === intent).length, intent).toBeGreaterThanOrEqual(
        minExamplesPerIntent,
      );
  });

  it("refuses a training file with an unknown intent or too few examples", () => {
    expect(() => parseTrainingData("intents:\n  nonsense: [a]\n", "x.yaml")).toThrow(
      /unknown intent "nonsense"/,
    );
    expect(() => parseTrainingData("intents:\n  greeting: [merhaba]\n", "x.yaml")).toThrow(/fewer than 25/);
  });

  // The training time itself is a figure of `npm run bench -- nlu` (about 0.2 s against a 1 s budget);
  // here only a runaway is caught: under the full suite's load one training took 643 ms of CPU.
  it("trains without running away (far under the bench's budget even under load)", () => {
    const data = loadTrainingData("tr");
    new IntentClassifier("tr", data); // warm the stemmer and the JIT
    const before = process.cpuUsage();
    new IntentClassifier("tr", data);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });

  it("understands nothing in gibberish and asks when two topics tie", () => {
    expect(understand(foldTurkish("qwx zzv"), "tr").kind).toBe("none");
    expect(understand(foldTurkish("e-Devlet"), "tr")).toMatchObject({ kind: "unsure" });
  });

  it("never takes a guess for revocation: without a revocation word it asks", () => {
    const verdict = understand(foldTurkish("mühür kartı"), "tr");
    expect(verdict.kind === "intent" && verdict.intent === "revoke").toBe(false);
  });
});
