/**
 * The typed words of the choice questions are data (`locales/<lng>/choices.yaml`): every choice the
 * dialogs offer has words in Turkish and in English, every word list belongs to a choice the code
 * offers, and the dialogs pick by them.
 */
import { describe, expect, it } from "vitest";
import { retryWords } from "../../bot/dispatch/typed-retry.ts";
import {
  doneChoice,
  hsmKindChoices,
  mediumChoices,
  personChoices,
} from "../../bot/flows/application-choices.ts";
import { applicationStepTable } from "../../bot/flows/application-steps.ts";
import { proofSkipWords } from "../../bot/flows/contact-proof.ts";
import { kindChoices } from "../../bot/flows/contact-update.ts";
import { revocationReasonChoices } from "../../bot/flows/revocation.ts";
import { troubleshootAnswers } from "../../bot/flows/troubleshoot.ts";
import {
  choiceLocales,
  loadChoiceSynonyms,
  parseChoiceSynonyms,
  synonymsOf,
} from "../../bot/nlu/choice-synonyms.ts";
import { foldTurkish } from "../../bot/nlu/fold.ts";
import type { Choice } from "../../bot/turn.ts";

/** The choice questions whose words live in the files, by their name there. */
const choiceQuestions: Record<string, Choice[]> = {
  person: personChoices,
  medium: mediumChoices,
  hsmKind: hsmKindChoices,
  done: doneChoice,
  contactKind: kindChoices,
  troubleshoot: troubleshootAnswers,
  revocationReason: revocationReasonChoices,
};

/** The summary's corrections: a field whose words depend on the person type has one list per type. */
const correctionIds = applicationStepTable.flatMap((step) => {
  const id = step.correction?.id;
  if (id === "idNumber") return ["tckn", "vkn"];
  if (id === "title") return ["personName", "title"];
  return id ? [id] : [];
});

/** Every question with words in the files, and the ids of its choices. */
const questions: Record<string, { id: string }[]> = {
  ...choiceQuestions,
  proofSkip: [{ id: "skip" }],
  retry: [{ id: "retry" }],
  correction: correctionIds.map((id) => ({ id })),
};

/** Words two choices of one question may share: those never offered in the same dialog. */
const mayShare: Record<string, string[][]> = {
  // a card is delivered to an address, an HSM is installed at one: one applicant sees one of them
  // and a gerçek kişi's own TCKN and a tüzel kişi's signatory's TCKN: one applicant sees one of them
  correction: [
    ["deliveryAddress", "hsmAddress"],
    ["tckn", "signerTckn"],
  ],
};

describe.each(choiceLocales)("locales/%s/choices.yaml", (locale) => {
  const file = loadChoiceSynonyms(locale);

  it.each(Object.keys(questions))("has words for every choice of %s", (question) => {
    for (const choice of questions[question]!)
      expect(file[question]?.[choice.id]?.length ?? 0, `${question}.${choice.id}`).toBeGreaterThan(0);
  });

  it("names no question or choice the dialogs do not offer", () => {
    for (const [question, choices] of Object.entries(file)) {
      expect(Object.keys(questions)).toContain(question);
      for (const id of Object.keys(choices)) expect(questions[question]!.map((c) => c.id)).toContain(id);
    }
  });

  it("gives no word to two choices of one question", () => {
    for (const [question, choices] of Object.entries(file)) {
      const owner = new Map<string, string>();
      for (const [id, words] of Object.entries(choices))
        for (const word of words) {
          const other = owner.get(word);
          const allowed = mayShare[question]?.some(
            (pair) => pair.includes(id) && other && pair.includes(other),
          );
          if (!allowed) expect(other, `${question}: "${word}"`).toBeUndefined();
          owner.set(word, id);
        }
    }
  });
});

describe("the choices in code", () => {
  it.each(Object.keys(choiceQuestions))("%s takes its words from both files", (question) => {
    for (const choice of choiceQuestions[question]!) {
      expect(choice.synonyms).toEqual(synonymsOf(question, choice.id));
      for (const locale of choiceLocales)
        for (const word of loadChoiceSynonyms(locale)[question]![choice.id]!)
          expect(choice.synonyms).toContain(word);
    }
  });

  it("the summary's corrections and the code's skip words take their words from both files", () => {
    const gercek = { personType: "gercek" as const };
    const tuzel = { personType: "tuzel" as const };
    for (const step of applicationStepTable) {
      const correction = step.correction;
      if (!correction) continue;
      if (correction.id === "idNumber") {
        expect(correction.synonyms(gercek)).toEqual(synonymsOf("correction", "tckn"));
        expect(correction.synonyms(tuzel)).toEqual(synonymsOf("correction", "vkn"));
      } else if (correction.id === "title") {
        expect(correction.synonyms(gercek)).toEqual(synonymsOf("correction", "personName"));
        expect(correction.synonyms(tuzel)).toEqual(synonymsOf("correction", "title"));
      } else {
        expect(correction.synonyms(tuzel), correction.id).toEqual(synonymsOf("correction", correction.id));
      }
    }
    expect([...proofSkipWords]).toEqual(synonymsOf("proofSkip", "skip"));
    expect(proofSkipWords.has("gec")).toBe(true);
    expect([...retryWords]).toEqual(synonymsOf("retry", "retry"));
    expect(retryWords.has("yeniden dene")).toBe(true);
  });

  it("words are folded when read, so diacritics and case do not matter", () => {
    expect(synonymsOf("person", "tuzel")).toContain(foldTurkish("Tüzel Kişi"));
    expect(synonymsOf("contactKind", "email")).toContain("eposta");
  });

  it("a choice without words in one language fails when read, naming it", () => {
    const parsed = parseChoiceSynonyms("choices:\n  medium:\n    card: [kart]\n", "x.yaml");
    expect(parsed.medium?.card).toEqual(["kart"]);
    expect(() => parseChoiceSynonyms("choices:\n  medium:\n    card: []\n", "x.yaml")).toThrow(/x\.yaml/);
    expect(() => synonymsOf("medium", "floppy")).toThrow(/medium\.floppy/);
  });
});
