/**
 * The application dialog (R3, `interfaces.md` §4): one field per question in the contract's
 * order, KVKK notice before question 2, R9 cases at question 1, card/HSM advice at question 8,
 * HSM group firms until "bitti", the masked summary with "onaylıyor musunuz?", corrections, and
 * the order number with the amount and payment channels.
 */
import { startContactProof } from "./contact-proof.ts";
import { ValidationError } from "../../core/errors/domain-error.ts";
import { type ApplicationField, validateApplicationField } from "../../core/ra/application-fields.ts";
import type { ApplicationInput } from "../../core/ra/registration-authority.ts";
import { recogniseIntent } from "../nlu/intents.ts";
import { isR9Case } from "../nlu/r9.ts";
import { parseNumber } from "../nlu/numbers.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { ApplicationFlow, ApplicationStep } from "../state.ts";
import type { Choice, Turn } from "../turn.ts";
import { summaryLines } from "./application-summary.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { formatLira } from "./info.ts";

const personChoices: Choice<"tuzel" | "gercek">[] = [
  {
    id: "tuzel",
    labelKey: "app.person.tuzel",
    synonyms: [
      "tuzel",
      "tuzel kisi",
      "tuzel kisiyim",
      "sirket",
      "sirketim",
      "firma",
      "legal",
      "legal person",
      "legal entity",
      "company",
      "anonim",
      "limited",
    ],
  },
  {
    id: "gercek",
    labelKey: "app.person.gercek",
    synonyms: [
      "gercek",
      "gercek kisi",
      "gercek kisiyim",
      "sahis",
      "sahis firmasi",
      "real",
      "real person",
      "natural person",
      "individual",
      "sole trader",
    ],
  },
];
const mediumChoices: Choice<"card" | "hsm">[] = [
  {
    id: "card",
    labelKey: "app.medium.card",
    synonyms: ["kart", "akilli kart", "akilli", "smart card", "card", "smartcard"],
  },
  {
    id: "hsm",
    labelKey: "app.medium.hsm",
    synonyms: ["hsm", "donanim guvenlik modulu", "hardware security module"],
  },
];
const hsmKindChoices: Choice<"bireysel" | "grup">[] = [
  {
    id: "bireysel",
    labelKey: "app.hsmKind.bireysel",
    synonyms: ["bireysel", "tek", "tekil", "individual", "single", "sadece biz"],
  },
  { id: "grup", labelKey: "app.hsmKind.grup", synonyms: ["grup", "group", "grup basvurusu"] },
];
const doneChoice: Choice<"bitti">[] = [
  {
    id: "bitti",
    labelKey: "app.done",
    synonyms: [
      "bitti",
      "tamam",
      "tamamdir",
      "yok",
      "baska yok",
      "hayir",
      "done",
      "finished",
      "no more",
      "that is all",
    ],
  },
];
const yesNoChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];

/** Free-text steps and the field that validates them. */
function fieldOf(step: ApplicationStep, flow: ApplicationFlow): ApplicationField | undefined {
  switch (step) {
    case "idNumber":
      return flow.data.personType === "gercek" ? "tckn" : "vkn";
    case "title":
      return flow.data.personType === "gercek" ? "personName" : "title";
    case "signerName":
    case "signerTckn":
    case "email":
    case "phone":
    case "deliveryAddress":
    case "groupVkn":
    case "groupTitle":
    case "groupBarcode":
    case "hsmAddress":
    case "techName":
    case "techPhone":
      return step;
    default:
      return undefined;
  }
}

/** The step after `step`, from what is known. */
function nextStep(step: ApplicationStep, flow: ApplicationFlow): ApplicationStep {
  const d = flow.data;
  switch (step) {
    case "personType":
      return "idNumber";
    case "idNumber":
      return "title";
    case "title":
      return "signerName";
    case "signerName":
      return "signerTckn";
    case "signerTckn":
      return "email";
    case "email":
      return "phone";
    case "phone":
      return "medium";
    case "medium":
      return d.medium === "hsm" ? "hsmKind" : "deliveryAddress";
    case "hsmKind":
      return d.hsmKind === "grup" ? "groupVkn" : "hsmAddress";
    case "groupVkn":
      return "groupTitle";
    case "groupTitle":
      return "groupBarcode";
    case "groupBarcode":
      return "groupVkn";
    case "hsmAddress":
      return "techName";
    case "techName":
      return "techPhone";
    default:
      return "summary";
  }
}

/** Steps whose answer changes which questions follow: after correcting them the dialog goes on in order. */
const structuralSteps: ApplicationStep[] = [
  "personType",
  "medium",
  "hsmKind",
  "groupVkn",
  "groupTitle",
  "groupBarcode",
];

/** Starts a new application. */
export async function startApplication(turn: Turn): Promise<void> {
  const flow: ApplicationFlow = {
    name: "application",
    step: "personType",
    history: [],
    data: {},
    key: `${turn.ref.id}:${turn.deps.clock.now().getTime()}`,
  };
  turn.state.flow = flow;
  prompt(turn, flow);
}

function prompt(turn: Turn, flow: ApplicationFlow): void {
  const d = flow.data;
  switch (flow.step) {
    case "personType":
      turn.say("app.ask.personType", undefined, turn.buttons(personChoices));
      return;
    case "idNumber":
      turn.say(d.personType === "gercek" ? "app.ask.tckn" : "app.ask.vkn");
      return;
    case "title":
      turn.say(d.personType === "gercek" ? "app.ask.personName" : "app.ask.title");
      return;
    case "medium":
      turn.say("app.ask.medium", undefined, turn.buttons(mediumChoices));
      return;
    case "hsmKind":
      turn.say("app.ask.hsmKind", undefined, turn.buttons(hsmKindChoices));
      return;
    case "groupVkn":
      turn.say(
        d.group?.length ? "app.ask.groupVknNext" : "app.ask.groupVkn",
        { count: (d.group?.length ?? 0) + 1 },
        turn.buttons(doneChoice),
      );
      return;
    case "summary":
      turn.sayText(
        [turn.t("app.summary.title"), ...summaryLines(turn, d), "", turn.t("app.summary.confirm")].join("\n"),
        turn.buttons(yesNoChoices),
      );
      return;
    case "correct":
      turn.say("app.ask.correct", undefined, turn.buttons(inDialogOrder(correctionChoices(flow))));
      return;
    default:
      turn.say(`app.ask.${flow.step}`);
  }
}

/** Moves on after a valid answer: to the summary when correcting one field, else to the next question. */
function advance(turn: Turn, flow: ApplicationFlow, from: ApplicationStep): void {
  if (flow.editing && !structuralSteps.includes(from)) {
    flow.editing = false;
    flow.step = "summary";
  } else {
    flow.editing = false;
    flow.history.push(from);
    flow.step = nextStep(from, flow);
  }
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

async function handleChoiceStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const d = flow.data;
  switch (flow.step) {
    case "personType": {
      if (turn.input.raw !== undefined && isR9Case(turn.input.folded)) {
        turn.state.flow = undefined;
        turn.say("info.r9");
        return true;
      }
      const picked = turn.pick(personChoices);
      if (!picked) break;
      if (d.personType && d.personType !== picked) {
        // Another person type: the identity number and name asked before do not fit any more.
        d.idNumber = undefined;
        d.title = undefined;
      }
      d.personType = picked;
      turn.say("app.kvkk");
      flow.editing = false;
      advance(turn, flow, "personType");
      return true;
    }
    case "medium": {
      if (await adviseMedium(turn)) {
        prompt(turn, flow);
        return true;
      }
      const picked = turn.pick(mediumChoices);
      if (!picked) break;
      d.medium = picked;
      advance(turn, flow, "medium");
      return true;
    }
    case "hsmKind": {
      const picked = turn.pick(hsmKindChoices);
      if (!picked) break;
      d.hsmKind = picked;
      d.group = picked === "grup" ? (d.group ?? []) : undefined;
      d.firm = undefined;
      advance(turn, flow, "hsmKind");
      return true;
    }
    case "summary": {
      const answer = turn.input.button ?? yesNo(turn.input.folded);
      if (answer === "yes") {
        await submit(turn, flow);
        return true;
      }
      if (answer === "no") {
        flow.step = "correct";
        prompt(turn, flow);
        return true;
      }
      break;
    }
    case "correct": {
      const picked = turn.pick(correctionChoices(flow));
      if (!picked) break;
      startCorrection(turn, flow, picked);
      return true;
    }
    default:
      return false;
  }
  if (turn.input.raw !== undefined && asksSomethingElse(turn)) return false;
  turn.say("app.choose_one");
  prompt(turn, flow);
  return true;
}

/**
 * R2.2/R2.3: "hangisi?", a volume ("dakikada 200 fatura"), several signers or branches get the
 * advice; true when advice was given. Used at question 8 and for the same question outside a dialog.
 */
export async function adviseMedium(turn: Turn): Promise<boolean> {
  const f = turn.input.folded;
  if (!f || turn.input.button) return false;
  const asksWhich =
    /\b(hangisi|hangisini|bilmiyorum|emin degilim|oner|tavsiye|fark|which|recommend|not sure|difference)/.test(
      f,
    );
  const volume = parseNumber(f);
  const volumeWords = /(fatura|imza|belge|dakika|saat|saniye|gun|invoice|minute|hour|second|day|per)/.test(f);
  const severalSigners =
    /(birden fazla kisi|farkli bilgisayar|cok kisi|several people|multiple people|different computers)/.test(
      f,
    );
  const branches = /(sube|branch)/.test(f);
  if (volume !== undefined && (volumeWords || !/\b(kart|hsm)\b/.test(f))) {
    let perMinute = volume;
    if (/(saat|hour)/.test(f)) perMinute = volume / 60;
    else if (/(saniye|second)/.test(f)) perMinute = volume * 60;
    else if (/(gun|day)/.test(f)) perMinute = volume / 480;
    const advice = turn.deps.ra.adviseMedium({ invoicesPerMinute: perMinute, severalSigners, branches });
    turn.say(advice.medium === "hsm" ? "app.advice.hsm" : "app.advice.card", {
      perMinute: Math.round(perMinute),
    });
    return true;
  }
  if (severalSigners || branches) {
    const advice = turn.deps.ra.adviseMedium({ severalSigners, branches });
    turn.say(advice.medium === "hsm" ? "app.advice.hsmOther" : "app.advice.card", { perMinute: 0 });
    return true;
  }
  if (asksWhich) {
    turn.say("info.hsm_vs_card");
    return true;
  }
  return false;
}

async function handleTextStep(turn: Turn, flow: ApplicationFlow): Promise<boolean> {
  const field = fieldOf(flow.step, flow);
  if (!field) return false;
  const raw = turn.input.raw;
  const d = flow.data;
  if (flow.step === "groupVkn" && turn.pick(doneChoice)) {
    d.firm = undefined;
    flow.history.push("groupVkn");
    flow.step = "hsmAddress";
    flow.editing = false;
    prompt(turn, flow);
    return true;
  }
  if (raw === undefined) {
    turn.say("app.type_answer");
    prompt(turn, flow);
    return true;
  }
  // R9 wherever the firm's type shows: an unvan such as "Örnek Kooperatifi" cannot apply online.
  if ((flow.step === "title" || flow.step === "groupTitle") && isR9Case(turn.input.folded)) {
    turn.say("info.r9");
    if (flow.step === "title") turn.state.flow = undefined;
    else {
      d.firm = undefined;
      flow.step = "groupVkn";
      prompt(turn, flow);
    }
    return true;
  }
  let value: string;
  try {
    value = validateApplicationField(field, raw, { testMode: turn.deps.testMode ?? false });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: reasonOf(turn, error) });
    prompt(turn, flow);
    return true;
  }
  const step = flow.step;
  switch (step) {
    case "groupVkn":
      d.firm = { vkn: value };
      break;
    case "groupTitle":
      d.firm = { ...d.firm, title: value };
      break;
    case "groupBarcode": {
      const firm = { vkn: d.firm?.vkn ?? "", title: d.firm?.title ?? "", barcode: value };
      d.group = [...(d.group ?? []), firm];
      d.firm = undefined;
      break;
    }
    default:
      (d as Record<string, unknown>)[step] = value;
  }
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
  const channels = result.paymentChannels.map((c) =>
    turn.t(`payment.channel.${c.id}`, { days: c.postingDelayBusinessDays }),
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

type Correctable =
  | "personType"
  | "idNumber"
  | "title"
  | "signerName"
  | "signerTckn"
  | "email"
  | "phone"
  | "medium"
  | "deliveryAddress"
  | "group"
  | "hsmAddress"
  | "techName"
  | "techPhone";

function correctionChoices(flow: ApplicationFlow): Choice<Correctable>[] {
  const d = flow.data;
  const tuzel = d.personType !== "gercek";
  const all: (Choice<Correctable> & { show: boolean })[] = [
    {
      id: "personType",
      labelKey: "app.field.personType",
      synonyms: ["kisi turu", "tuzel", "gercek", "person type"],
      show: true,
    },
    {
      id: "signerTckn",
      labelKey: "app.field.signerTckn",
      synonyms: ["yetkili tckn", "imza yetkilisi tckn", "yetkilinin tckn", "yetkili kimlik", "signatory id"],
      show: true,
    },
    {
      id: "idNumber",
      labelKey: tuzel ? "app.field.vkn" : "app.field.tckn",
      synonyms: tuzel ? ["vkn", "vergi", "vergi numarasi", "tax"] : ["tckn", "kimlik", "tc"],
      show: true,
    },
    {
      id: "signerName",
      labelKey: "app.field.signerName",
      synonyms: ["imza yetkilisi", "yetkili", "signatory"],
      show: true,
    },
    {
      id: "title",
      labelKey: tuzel ? "app.field.title" : "app.field.personName",
      synonyms: tuzel ? ["unvan", "sirket adi", "title"] : ["ad soyad", "isim", "ad", "name"],
      show: true,
    },
    { id: "email", labelKey: "app.field.email", synonyms: ["eposta", "email", "mail", "e mail"], show: true },
    {
      id: "techPhone",
      labelKey: "app.field.techPhone",
      synonyms: ["teknik telefon", "teknik kisi telefon"],
      show: d.medium === "hsm",
    },
    {
      id: "techName",
      labelKey: "app.field.techName",
      synonyms: ["teknik kisi", "teknik"],
      show: d.medium === "hsm",
    },
    {
      id: "phone",
      labelKey: "app.field.phone",
      synonyms: ["telefon", "cep", "cep telefonu", "phone", "mobile"],
      show: true,
    },
    {
      id: "medium",
      labelKey: "app.field.medium",
      synonyms: ["kart", "hsm", "ortam", "sertifika turu", "medium"],
      show: true,
    },
    {
      id: "hsmAddress",
      labelKey: "app.field.hsmAddress",
      synonyms: ["hsm adresi", "adres", "address"],
      show: d.medium === "hsm",
    },
    {
      id: "group",
      labelKey: "app.field.group",
      synonyms: ["grup", "firmalar", "group"],
      show: d.medium === "hsm",
    },
    {
      id: "deliveryAddress",
      labelKey: "app.field.deliveryAddress",
      synonyms: ["adres", "teslimat", "teslimat adresi", "address"],
      show: d.medium !== "hsm",
    },
  ];
  return all.filter((c) => c.show).map(({ show: _show, ...c }) => c);
}

const dialogOrder: Correctable[] = [
  "personType",
  "idNumber",
  "title",
  "signerName",
  "signerTckn",
  "email",
  "phone",
  "medium",
  "deliveryAddress",
  "group",
  "hsmAddress",
  "techName",
  "techPhone",
];

/** The correction buttons in the order the questions were asked (matching order differs: specific first). */
function inDialogOrder(choices: Choice<Correctable>[]): Choice<Correctable>[] {
  return [...choices].sort((a, b) => dialogOrder.indexOf(a.id) - dialogOrder.indexOf(b.id));
}

function startCorrection(turn: Turn, flow: ApplicationFlow, field: Correctable): void {
  if (field === "group") {
    flow.data.group = [];
    flow.data.firm = undefined;
    flow.data.hsmKind = undefined;
    flow.step = "hsmKind";
    flow.editing = false;
  } else {
    flow.step = field;
    flow.editing = !structuralSteps.includes(field);
  }
  prompt(turn, flow);
}

/** The application flow as the engine drives it. */
export const applicationFlow: FlowHandler<ApplicationFlow> = {
  async handle(turn, flow) {
    if (fieldOf(flow.step, flow)) return handleTextStep(turn, flow);
    return handleChoiceStep(turn, flow);
  },
  reprompt(turn, flow) {
    prompt(turn, flow);
  },
  back(turn, flow) {
    if (flow.editing || flow.step === "correct") {
      flow.editing = false;
      flow.step = "summary";
      prompt(turn, flow);
      return true;
    }
    const previous = flow.history.pop();
    if (!previous) return false;
    const d = flow.data;
    if (previous === "groupBarcode" && !d.firm && d.group?.length) {
      // Back from the next firm's VKN: reopen the last firm at its barcode.
      const last = d.group[d.group.length - 1]!;
      d.group = d.group.slice(0, -1);
      d.firm = { vkn: last.vkn, title: last.title };
    }
    if (flow.step === "groupTitle" || (flow.step === "groupVkn" && previous === "hsmKind"))
      d.firm = undefined;
    flow.step = previous;
    prompt(turn, flow);
    return true;
  },
  expectsNumber(flow) {
    return [
      "idNumber",
      "signerTckn",
      "phone",
      "techPhone",
      "groupVkn",
      "groupBarcode",
      "medium",
      "deliveryAddress",
      "hsmAddress",
    ].includes(flow.step);
  },
};
