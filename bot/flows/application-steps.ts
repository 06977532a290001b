/**
 * The application dialog's steps in one table (`interfaces.md` §4, in that order). Everything the
 * dialog does step by step is derived from it: the order of the questions (each step asked when it
 * applies to the person type, medium and HSM kind answered so far), "geri", the reprompts, the
 * validator of each typed answer, which questions expect a number, the summary's lines and the
 * fields the summary offers to correct. Behaviour beyond a field (the R9 answer, the medium advice,
 * the KVKK notice, "bitti") lives in bot/flows/application.ts.
 */

import { maskEmail, maskIdNumber, maskPhone } from "../../core/privacy/mask.ts";
import type { ApplicationField } from "../../core/ra/application-fields.ts";
import type { Choice } from "../choice.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { doneChoice, hsmKindChoices, mediumChoices, personChoices } from "./application-choices.ts";
import type { ApplicationData } from "./application-data.ts";

/** A customer text by key (the turn's `t`). */
export type TextOf = (key: string, params?: Record<string, string | number>) => string;

/** A question: its text key, parameters and the buttons offered. */
export interface Question {
  key: string;
  params?: Record<string, string | number>;
  choices?: readonly Choice[];
}

/** How a step's answer is read. */
export type StepAnswer =
  /** One of the choices; `store` records it. */
  | { kind: "choice"; choices: readonly Choice[]; store(d: ApplicationData, picked: string): void }
  /** Typed text validated as `field`; `store` records it (default: the field of the step's name). */
  | {
      kind: "text";
      field(d: ApplicationData): ApplicationField;
      store?(d: ApplicationData, value: string): void;
    }
  /** "evet"/"hayır" to the summary, or the field to correct: handled by the dialog itself. */
  | { kind: "summary" }
  | { kind: "correct" };

/** A field the summary offers to correct, and how correcting it starts. */
export interface Correction {
  id: string;
  labelKey(d: ApplicationData): string;
  synonyms(d: ApplicationData): string[];
  /** Clears what correcting this field asks again. */
  reset?(d: ApplicationData): void;
}

/** One step of the application dialog. */
export interface StepSpec<N extends string> {
  name: N;
  /** Whether the step is asked, from what is known (default: always). */
  appliesTo?(d: ApplicationData): boolean;
  /** The question asked (summary and correction questions are composed by the dialog). */
  question?(d: ApplicationData): Question;
  answer: StepAnswer;
  /** The step after a valid answer, when it is not the next applicable one in the table. */
  next?(d: ApplicationData): NoInfer<N>;
  /** The step "geri" goes to when it is not the previous applicable one; may reopen data it returns to. */
  back?(d: ApplicationData): NoInfer<N> | undefined;
  /** The answer changes which questions follow: after correcting it the dialog goes on in order. */
  structural?: boolean;
  /** The question expects a number (a bare number is then not taken for a PIN). */
  expectsNumber?: boolean;
  /** The summary's lines for this step's answer. */
  summary?(t: TextOf, d: ApplicationData): string[];
  /** The summary offers to correct this step's answer. */
  correction?: Correction;
  /** Reached only by an answer elsewhere ("hayır" to the summary), never in order. */
  outOfOrder?: boolean;
}

const line = (t: TextOf, key: string, value: string | undefined): string[] =>
  value === undefined ? [] : [`• ${t(`app.field.${key}`)}: ${value}`];
const upper = (text: string) => text.toLocaleUpperCase("tr");
const isGercek = (d: ApplicationData) => d.personType === "gercek";
const isCard = (d: ApplicationData) => d.medium === "card";
const isHsm = (d: ApplicationData) => d.medium === "hsm";
const isGroup = (d: ApplicationData) => isHsm(d) && d.hsmKind === "grup";
/** A correction whose words (locales/<lng>/choices.yaml, `correction`) do not depend on the answers. */
const fixed = (id: string): Correction => {
  const synonyms = synonymsOf("correction", id);
  return { id, labelKey: () => `app.field.${id}`, synonyms: () => synonyms };
};
const asked = (key: string) => () => ({ key: `app.ask.${key}` });
const typed = (field: ApplicationField): StepAnswer => ({ kind: "text", field: () => field });

function defineSteps<const N extends string>(steps: readonly StepSpec<N>[]): readonly StepSpec<N>[] {
  return steps;
}

/** The table, in the order of `interfaces.md` §4. */
export const applicationStepTable = defineSteps([
  {
    name: "personType",
    question: () => ({ key: "app.ask.personType", choices: personChoices }),
    answer: {
      kind: "choice",
      choices: personChoices,
      store(d, picked) {
        // Another person type: the identity number and name asked before do not fit any more.
        if (d.personType && d.personType !== picked) {
          d.idNumber = undefined;
          d.title = undefined;
        }
        d.personType = picked as ApplicationData["personType"];
      },
    },
    structural: true,
    summary: (t, d) => line(t, "personType", d.personType && t(`app.person.${d.personType}`)),
    correction: fixed("personType"),
  },
  {
    name: "idNumber",
    question: (d) => ({ key: isGercek(d) ? "app.ask.tckn" : "app.ask.vkn" }),
    answer: { kind: "text", field: (d) => (isGercek(d) ? "tckn" : "vkn") },
    expectsNumber: true,
    summary: (t, d) => line(t, isGercek(d) ? "tckn" : "vkn", d.idNumber && maskIdNumber(d.idNumber)),
    correction: {
      id: "idNumber",
      labelKey: (d) => (isGercek(d) ? "app.field.tckn" : "app.field.vkn"),
      synonyms: (d) => synonymsOf("correction", isGercek(d) ? "tckn" : "vkn"),
    },
  },
  {
    name: "title",
    question: (d) => ({ key: isGercek(d) ? "app.ask.personName" : "app.ask.title" }),
    answer: { kind: "text", field: (d) => (isGercek(d) ? "personName" : "title") },
    summary: (t, d) =>
      line(t, isGercek(d) ? "personName" : "title", d.title && (isGercek(d) ? d.title : upper(d.title))),
    correction: {
      id: "title",
      labelKey: (d) => (isGercek(d) ? "app.field.personName" : "app.field.title"),
      synonyms: (d) => synonymsOf("correction", isGercek(d) ? "personName" : "title"),
    },
  },
  {
    name: "signerName",
    question: asked("signerName"),
    answer: typed("signerName"),
    summary: (t, d) => line(t, "signerName", d.signerName),
    correction: fixed("signerName"),
  },
  {
    name: "signerTckn",
    question: asked("signerTckn"),
    answer: typed("signerTckn"),
    expectsNumber: true,
    summary: (t, d) => line(t, "signerTckn", d.signerTckn && maskIdNumber(d.signerTckn)),
    correction: fixed("signerTckn"),
  },
  {
    name: "email",
    question: asked("email"),
    answer: typed("email"),
    summary: (t, d) => line(t, "email", d.email && maskEmail(d.email)),
    correction: fixed("email"),
  },
  {
    name: "phone",
    question: asked("phone"),
    answer: typed("phone"),
    expectsNumber: true,
    summary: (t, d) => line(t, "phone", d.phone && maskPhone(d.phone)),
    correction: fixed("phone"),
  },
  {
    name: "medium",
    question: () => ({ key: "app.ask.medium", choices: mediumChoices }),
    answer: {
      kind: "choice",
      choices: mediumChoices,
      store(d, picked) {
        d.medium = picked as ApplicationData["medium"];
      },
    },
    structural: true,
    expectsNumber: true,
    summary: (t, d) => line(t, "medium", d.medium && t(`app.medium.${d.medium}`)),
    correction: fixed("medium"),
  },
  {
    name: "deliveryAddress",
    appliesTo: isCard,
    question: asked("deliveryAddress"),
    answer: typed("deliveryAddress"),
    expectsNumber: true,
    summary: (t, d) => line(t, "deliveryAddress", d.deliveryAddress),
    correction: fixed("deliveryAddress"),
  },
  {
    name: "hsmKind",
    appliesTo: isHsm,
    question: () => ({ key: "app.ask.hsmKind", choices: hsmKindChoices }),
    answer: {
      kind: "choice",
      choices: hsmKindChoices,
      store(d, picked) {
        d.hsmKind = picked as ApplicationData["hsmKind"];
        d.group = picked === "grup" ? (d.group ?? []) : undefined;
        d.firm = undefined;
      },
    },
    structural: true,
    summary: (t, d) => [
      ...line(t, "hsmKind", d.hsmKind && t(`app.hsmKind.${d.hsmKind}`)),
      ...(d.group ?? []).map(
        (f, i) =>
          `  ${i + 1}. ${upper(f.title)} (${t("app.field.vkn")} ${maskIdNumber(f.vkn)}, ${t("app.field.groupBarcode")} ${f.barcode})`,
      ),
    ],
    // the group firms are corrected as a whole, from the HSM kind on
    correction: {
      ...fixed("group"),
      reset(d) {
        d.group = [];
        d.firm = undefined;
        d.hsmKind = undefined;
      },
    },
  },
  {
    name: "groupVkn",
    appliesTo: isGroup,
    question: (d) => ({
      key: d.group?.length ? "app.ask.groupVknNext" : "app.ask.groupVkn",
      params: { count: (d.group?.length ?? 0) + 1 },
      choices: doneChoice,
    }),
    answer: {
      kind: "text",
      field: () => "groupVkn",
      store(d, value) {
        d.firm = { vkn: value };
      },
    },
    // back from the next firm's VKN reopens the last firm at its barcode
    back(d) {
      const last = d.group?.at(-1);
      d.firm = last && { vkn: last.vkn, title: last.title };
      if (!last) return "hsmKind";
      d.group = d.group?.slice(0, -1);
      return "groupBarcode";
    },
    structural: true,
    expectsNumber: true,
  },
  {
    name: "groupTitle",
    appliesTo: isGroup,
    question: asked("groupTitle"),
    answer: {
      kind: "text",
      field: () => "groupTitle",
      store(d, value) {
        d.firm = { ...d.firm, title: value };
      },
    },
    back(d) {
      d.firm = undefined;
      return "groupVkn";
    },
    structural: true,
  },
  {
    name: "groupBarcode",
    appliesTo: isGroup,
    question: asked("groupBarcode"),
    answer: {
      kind: "text",
      field: () => "groupBarcode",
      store(d, value) {
        d.group = [
          ...(d.group ?? []),
          { vkn: d.firm?.vkn ?? "", title: d.firm?.title ?? "", barcode: value },
        ];
        d.firm = undefined;
      },
    },
    // each further firm until "bitti"
    next: () => "groupVkn",
    structural: true,
    expectsNumber: true,
  },
  {
    name: "hsmAddress",
    appliesTo: isHsm,
    question: asked("hsmAddress"),
    answer: typed("hsmAddress"),
    // back from the address after "bitti": the next firm's VKN question again
    back: (d) => (isGroup(d) ? "groupVkn" : "hsmKind"),
    expectsNumber: true,
    summary: (t, d) => line(t, "hsmAddress", d.hsmAddress),
    correction: fixed("hsmAddress"),
  },
  {
    name: "techName",
    appliesTo: isHsm,
    question: asked("techName"),
    answer: typed("techName"),
    summary: (t, d) => line(t, "techName", d.techName),
    correction: fixed("techName"),
  },
  {
    name: "techPhone",
    appliesTo: isHsm,
    question: asked("techPhone"),
    answer: typed("techPhone"),
    expectsNumber: true,
    summary: (t, d) => line(t, "techPhone", d.techPhone && maskPhone(d.techPhone)),
    correction: fixed("techPhone"),
  },
  { name: "summary", answer: { kind: "summary" } },
  { name: "correct", answer: { kind: "correct" }, back: () => "summary", outOfOrder: true },
]);

/** One step of the application dialog. */
export type ApplicationStep = (typeof applicationStepTable)[number]["name"];

/** The step names in order (what a saved state may name). */
export const applicationSteps: readonly ApplicationStep[] = applicationStepTable.map((s) => s.name);

const byName = new Map(applicationStepTable.map((s) => [s.name, s]));

/** The table's row of a step. */
export function stepSpec(name: ApplicationStep): StepSpec<ApplicationStep> {
  return byName.get(name)!;
}

const applies = (s: StepSpec<ApplicationStep>, d: ApplicationData) =>
  !s.outOfOrder && (s.appliesTo?.(d) ?? true);

/** The next applicable step after `name` in table order (the summary after the last question). */
export function nextInTable(name: ApplicationStep, d: ApplicationData): ApplicationStep {
  const from = applicationSteps.indexOf(name);
  return applicationStepTable.slice(from + 1).find((s) => applies(s, d))?.name ?? "summary";
}

/** The step after a valid answer at `name`. */
export function nextStep(name: ApplicationStep, d: ApplicationData): ApplicationStep {
  return stepSpec(name).next?.(d) ?? nextInTable(name, d);
}

/**
 * Whether the answer of `name` is given already: a choice made, a field typed, the group firms listed
 * (at least one, none half typed). The summary and the correction question are never answered.
 */
function answered(name: ApplicationStep, d: ApplicationData): boolean {
  switch (name) {
    case "summary":
    case "correct":
    case "groupTitle":
    case "groupBarcode":
      return false;
    case "groupVkn":
      return (d.group?.length ?? 0) > 0 && d.firm === undefined;
    default:
      return (d as Record<string, unknown>)[name] !== undefined;
  }
}

/**
 * `name`, or the first step from it on whose answer is not given yet (the summary when all are):
 * after a structural answer changed from the summary (the medium to HSM and back to the card), the
 * questions it opens are asked only for what is missing. The group's firms are passed as a whole.
 */
export function firstUnanswered(name: ApplicationStep, d: ApplicationData): ApplicationStep {
  let step = name;
  for (let i = 0; i < applicationSteps.length && answered(step, d); i += 1)
    step = step === "groupVkn" ? nextInTable("groupBarcode", d) : nextStep(step, d);
  return answered(step, d) ? "summary" : step;
}

/** The step "geri" goes to from `name` (may reopen data there), or undefined at the first question. */
export function previousStep(name: ApplicationStep, d: ApplicationData): ApplicationStep | undefined {
  const spec = stepSpec(name);
  if (spec.back) return spec.back(d);
  const from = applicationSteps.indexOf(name);
  return applicationStepTable.slice(0, from).findLast((s) => applies(s, d))?.name;
}

/** The summary lines of the collected fields, in dialog order, every personal number masked. */
export function summaryLines(t: TextOf, d: ApplicationData): string[] {
  return applicationStepTable.filter((s) => applies(s, d)).flatMap((s) => s.summary?.(t, d) ?? []);
}

/** The fields the summary offers to correct, in dialog order, with the step each starts at. */
export function correctionTargets(d: ApplicationData): { step: ApplicationStep; correction: Correction }[] {
  return applicationStepTable.flatMap((s) =>
    s.correction && applies(s, d) ? [{ step: s.name, correction: s.correction }] : [],
  );
}
