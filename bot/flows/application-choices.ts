/**
 * The buttons of the application dialog's choice questions; the typed words that pick them are data
 * (`locales/<lng>/choices.yaml`, bot/nlu/choice-synonyms.ts).
 */
import type { Choice } from "../choice.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";

/** Question 1: tüzel or gerçek kişi. */
export const personChoices: Choice<"tuzel" | "gercek">[] = [
  { id: "tuzel", labelKey: "app.person.tuzel", synonyms: synonymsOf("person", "tuzel") },
  { id: "gercek", labelKey: "app.person.gercek", synonyms: synonymsOf("person", "gercek") },
];

/** Question 8: smart card or HSM. */
export const mediumChoices: Choice<"card" | "hsm">[] = [
  { id: "card", labelKey: "app.medium.card", synonyms: synonymsOf("medium", "card") },
  { id: "hsm", labelKey: "app.medium.hsm", synonyms: synonymsOf("medium", "hsm") },
];

/** Question 9 (HSM): bireysel or grup. */
export const hsmKindChoices: Choice<"bireysel" | "grup">[] = [
  { id: "bireysel", labelKey: "app.hsmKind.bireysel", synonyms: synonymsOf("hsmKind", "bireysel") },
  { id: "grup", labelKey: "app.hsmKind.grup", synonyms: synonymsOf("hsmKind", "grup") },
];

/** "bitti": no further group firm. */
export const doneChoice: Choice<"bitti">[] = [
  { id: "bitti", labelKey: "app.done", synonyms: synonymsOf("done", "bitti") },
];

/** "evet"/"hayır" to the summary. */
export const yesNoChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];
