/**
 * The application dialog (R3, `interfaces.md` §4): one field per question in the contract's
 * order, KVKK notice before question 2, R9 cases at question 1, card/HSM advice at question 8,
 * HSM group firms until "bitti", the masked summary with "onaylıyor musunuz?", corrections, and
 * the order number with the amount and payment channels.
 */
import { ValidationError } from "../../core/errors/domain-error.ts";
import { validateApplicationField } from "../../core/ra/application-fields.ts";
import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import type { Choice } from "../choice.ts";
import { recogniseIntent } from "../nlu/intents.ts";
import { isR9Case } from "../nlu/r9.ts";
import { signingNeedsOf } from "../nlu/signing-needs.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { ApplicationFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { doneChoice, yesNoChoices } from "./application-choices.ts";
import {
  type ApplicationStep,
  correctionTargets,
  nextInTable,
  nextStep,
  previousStep,
  stepSpec,
  summaryLines,
} from "./application-steps.ts";
import { startContactProof } from "./contact-proof.ts";
import { subjectHelpAsked } from "./dialog/subject-help.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { formatLira } from "./info.ts";
import { orderPaymentUrl } from "./payment.ts";

/** Starts a new application. */
export async function startApplication(turn: Turn): Promise<void> {
  const flow: ApplicationFlow = {
    name: "application",
    step: "personType",
    data: {},
    key: `${turn.ref.id}:${turn.deps.clock.now().getTime()}`,
  };
  turn.state.flow = flow;
  prompt(turn, flow);
}

/** The summary's correction targets as choices (ids are step names, "group" for the HSM kind). */
function correctionChoices(flow: ApplicationFlow): Choice[] {
  return correctionTargets(flow.data).map(({ correction: c }) => ({
    id: c.id,
    labelKey: c.labelKey(flow.data),
    synonyms: c.synonyms(flow.data),
  }));
}

/** Asks the current step's question (from the table; the summary and the correction question composed). */
function prompt(turn: Turn, flow: ApplicationFlow): void {
  const d = flow.data;
  if (flow.step === "summary") {
    const t = turn.t.bind(turn);
    turn.sayText(
      [t("app.summary.title"), ...summaryLines(t, d), "", t("app.summary.confirm")].join("\n"),
      turn.buttons(yesNoChoices),
    );
    return;
  }
  if (flow.step === "correct") {
    turn.say("app.ask.correct", undefined, turn.buttons(correctionChoices(flow)));
    return;
  }
  const question = stepSpec(flow.step).question?.(d) ?? { key: `app.ask.${flow.step}` };
  turn.say(question.key, question.params, question.choices && turn.buttons([...question.choices]));
}

/** Moves on after a valid answer: to the summary when correcting one field, else to the next question. */
function advance(turn: Turn, flow: ApplicationFlow, from: ApplicationStep): void {
  if (flow.editing && !stepSpec(from).structural) flow.step = "summary";
  else flow.step = nextStep(from, flow.data);
  flow.editing = false;
  prompt(turn, flow);
}

function reasonOf(turn: Turn, error: ValidationError): string {
  return turn.t(`errors.${error.code}`);
}

/** Whether the customer asks something else; then the engine answers it. */
function asksSomethingElse(turn: Turn): boolean {
  const hit = recogniseIntent(turn.input.folded);
  return hit !== undefined && hit.score >= 2;
}

/** Behaviour of a step beyond its field: true when it handled the turn. */
async function beforeAnswer(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const d = flow.data;
  switch (flow.step) {
    case "personType":
      // R9 at question 1: the R9 answer instead of the application.
      if (turn.input.raw !== undefined && isR9Case(turn.input.folded)) {
        turn.state.flow = undefined;
        turn.say("info.r9");
        return true;
      }
      return false;
    case "idNumber":
      // "VKN'mi hatırlamıyorum": where to find it, then the question again.
      if (turn.input.raw === undefined || d.personType === "gercek") return false;
      if (!["vkn", "any"].includes(subjectHelpAsked(turn.input.folded) ?? "")) return false;
      turn.say("app.vkn_help");
      prompt(turn, flow);
      return true;
    case "medium":
      // R2.2/R2.3 at question 8: the advice, then the question again.
      if (!(await adviseMedium(turn))) return false;
      prompt(turn, flow);
      return true;
    case "groupVkn":
      if (!turn.pick(doneChoice)) return false;
      d.firm = undefined;
      flow.step = nextInTable("groupBarcode", d);
      flow.editing = false;
      prompt(turn, flow);
      return true;
    case "title":
    case "groupTitle":
      // R9 wherever the firm's type shows: an unvan such as "Örnek Kooperatifi" cannot apply online.
      if (turn.input.raw === undefined || !isR9Case(turn.input.folded)) return false;
      turn.say("info.r9");
      if (flow.step === "title") turn.state.flow = undefined;
      else {
        d.firm = undefined;
        flow.step = "groupVkn";
        prompt(turn, flow);
      }
      return true;
    default:
      return false;
  }
}

async function handleChoiceStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const spec = stepSpec(flow.step);
  const answer = spec.answer;
  if (answer.kind === "choice") {
    const picked = turn.pick([...answer.choices]);
    if (picked) {
      answer.store(flow.data, picked);
      // The privacy notice before question 2.
      if (flow.step === "personType") {
        turn.say("app.kvkk");
        flow.editing = false;
      }
      advance(turn, flow, flow.step);
      return true;
    }
  } else if (answer.kind === "summary") {
    const yes = turn.input.button ?? yesNo(turn.input.folded);
    if (yes === "yes") {
      await submit(turn, flow);
      return true;
    }
    if (yes === "no") {
      flow.step = "correct";
      prompt(turn, flow);
      return true;
    }
  } else if (answer.kind === "correct") {
    const picked = turn.pickMostSpecific(correctionChoices(flow));
    if (picked) {
      startCorrection(turn, flow, picked);
      return true;
    }
  } else return false;
  if (turn.input.raw !== undefined && asksSomethingElse(turn)) return false;
  turn.say("app.choose_one");
  prompt(turn, flow);
  return true;
}

/**
 * R2.2/R2.3: "hangisi?", a volume ("dakikada 200 fatura"), several signers or branches get the
 * advice; true when advice was given. Used at question 8 and for the same question outside a dialog.
 * What the message says is read by bot/nlu/signing-needs.ts: a count of branches or people is no
 * volume, and "which one" names no number.
 */
export async function adviseMedium(turn: Turn): Promise<boolean> {
  const f = turn.input.folded;
  if (!f || turn.input.button) return false;
  const needs = signingNeedsOf(f);
  const { perMinute, severalSigners, branches } = needs;
  if (perMinute === undefined && !severalSigners && !branches && !needs.describesSetup) {
    if (!needs.asksWhich) return false;
    turn.say("info.hsm_vs_card");
    return true;
  }
  const advice = turn.deps.ra.adviseMedium({ invoicesPerMinute: perMinute, severalSigners, branches });
  let key = "app.advice.cardOther";
  if (advice.reasons.includes("volume_per_minute")) key = "app.advice.hsm";
  else if (advice.medium === "hsm") key = "app.advice.hsmOther";
  else if (perMinute !== undefined) key = "app.advice.card";
  turn.say(key, { perMinute: Math.round(perMinute ?? 0) });
  return true;
}

async function handleTextStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const answer = stepSpec(flow.step).answer;
  if (answer.kind !== "text") return false;
  const raw = turn.input.raw;
  if (raw === undefined) {
    turn.say("app.type_answer");
    prompt(turn, flow);
    return true;
  }
  let value: string;
  try {
    value = validateApplicationField(answer.field(flow.data), raw, { testMode: turn.deps.testMode ?? false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: reasonOf(turn, error) });
    prompt(turn, flow);
    return true;
  }
  const step = flow.step;
  if (answer.store) answer.store(flow.data, value);
  else (flow.data as Record<string, unknown>)[step] = value;
  advance(turn, flow, step);
  return true;
}

async function submit(turn: Turn, flow: ApplicationFlow): Promise<void> {
  const d = flow.data;
  const input: ApplicationInput = {
    personType: d.personType ?? "tuzel",
    idNumber: d.idNumber ?? "",
    title: d.title ?? "",
    signerName: d.signerName ?? "",
    signerTckn: d.signerTckn ?? "",
    email: d.email ?? "",
    phone: d.phone ?? "",
    medium: d.medium ?? "card",
    idempotencyKey: flow.key,
    channel: turn.ref.channel,
    locale: turn.ref.locale,
  };
  if (input.medium === "card") input.deliveryAddress = d.deliveryAddress ?? "";
  else
    input.hsm = {
      group: d.group ?? [],
      address: d.hsmAddress ?? "",
      techName: d.techName ?? "",
      techPhone: d.techPhone ?? "",
    };
  let result: Awaited<ReturnType<Turn["deps"]["ra"]["submitApplication"]>>;
  try {
    result = await turn.deps.ra.submitApplication(input);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: reasonOf(turn, error) });
    flow.step = "correct";
    prompt(turn, flow);
    return;
  }
  turn.state.flow = undefined;
  turn.state.lastOrderNo = result.orderNo;
  // R3.2: the virtual POS line carries this order's own payment link.
  const paymentUrl = orderPaymentUrl(turn, result);
  const channels = result.paymentChannels.map((c) =>
    turn.t(`payment.channel.${c.id}`, { days: c.postingDelayBusinessDays, paymentUrl }),
  );
  turn.sayText(
    [
      turn.t("app.submitted", { orderNo: result.orderNo, amount: formatLira(turn, result.amountKurus) }),
      ...channels.map((c) => `• ${c}`),
      turn.t("app.after_payment", { medium: turn.t(`app.medium.${input.medium}`) }),
    ].join("\n"),
    [
      { id: "i:order_status", label: turn.t("menu.order_status") },
      { id: "i:menu", label: turn.t("menu.menu") },
    ],
  );
  // After §4's last answer: a code to each contact proves it (R5.1, bot/flows/contact-proof.ts).
  await startContactProof(turn, result.orderNo);
}

function startCorrection(turn: Turn, flow: ApplicationFlow, id: string): void {
  const target = correctionTargets(flow.data).find((c) => c.correction.id === id);
  if (!target) return;
  target.correction.reset?.(flow.data);
  flow.step = target.step;
  flow.editing = !stepSpec(target.step).structural;
  prompt(turn, flow);
}

/** The application flow as the engine drives it. */
export const applicationFlow: FlowHandler<ApplicationFlow> = {
  async handle(turn, flow) {
    if (await beforeAnswer(turn, flow)) return true;
    if (stepSpec(flow.step).answer.kind === "text") return handleTextStep(turn, flow);
    return handleChoiceStep(turn, flow);
  },
  reprompt(turn, flow) {
    prompt(turn, flow);
  },
  back(turn, flow) {
    if (flow.editing) {
      flow.editing = false;
      flow.step = "summary";
      prompt(turn, flow);
      return true;
    }
    const previous = previousStep(flow.step, flow.data);
    if (!previous) return false;
    flow.step = previous;
    prompt(turn, flow);
    return true;
  },
  expectsNumber(flow) {
    return stepSpec(flow.step).expectsNumber ?? false;
  },
};
