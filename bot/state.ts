/**
 * The conversation state the engine saves after every turn: plain JSON, one flow with its step
 * and the fields collected so far. Never a PIN, password or raw customer message. Anything that
 * does not parse as a known state is reset to the menu ({@link parseState}).
 */
import { type ApplicationData, isApplicationData } from "./flows/application-data.ts";
import { type ApplicationStep, applicationSteps } from "./flows/application-steps.ts";
import type { ConversationLocale } from "./language-request.ts";

export type { ApplicationData } from "./flows/application-data.ts";
export type { ApplicationStep } from "./flows/application-steps.ts";

/** The application dialog. */
export interface ApplicationFlow {
  name: "application";
  step: ApplicationStep;
  data: ApplicationData;
  /** Set while one field is corrected from the summary: after it, back to the summary. */
  editing?: boolean;
  /**
   * Set while a field that changes the questions after it (person type, medium, HSM kind) is
   * corrected from the summary: the questions it opens are asked only for answers not given yet,
   * then the summary.
   */
  revising?: boolean;
  /** Idempotency key of the submission (a retried "evet" returns the same order). */
  key: string;
}

/** Whether the flow is an application with answers given (leaving it loses them: the customer is told so). */
export function applicationWithAnswers(flow: BotState["flow"]): flow is ApplicationFlow {
  return flow?.name === "application" && Object.values(flow.data).some((v) => v !== undefined);
}

/** What a verified identity is needed for. */
export type VerifyPurpose = "contact" | "revoke" | "status";

/** Identity verification (`interfaces.md` §4). */
export interface VerifyFlow {
  name: "verify";
  step: "subject" | "code";
  purpose: VerifyPurpose;
  /** When the code was sent (ms since the epoch, the engine's clock): tells an expired code from a wrong one. */
  codeSentAt?: number;
  /** A revocation reason the customer already gave (kayıp/çalıntı), offered at the reason question. */
  reason?: "kayip" | "calinti";
  /** The contact the customer already named for a contact update, offered at the "which contact" question. */
  kind?: "email" | "phone";
  /** The new address or number the contact update's request gave ("0544 111 22 33 olarak"), used after verification. */
  value?: string;
}

/** Contact update (R5.1) after verification. */
export interface ContactFlow {
  name: "contact";
  step: "kind" | "value" | "code";
  kind?: "email" | "phone";
  /** The contact named in the opening request ("telefonumu güncellemek istiyorum"): "evet" takes it. */
  noted?: "email" | "phone";
  /** The new value of `noted` the opening request gave: the code goes to it once `noted` is chosen. */
  notedValue?: string;
  /** When the code to the new contact was sent (ms since the epoch, the engine's clock). */
  codeSentAt?: number;
  /** After an update, the other contact is offered (step `kind`): anything else leaves without a word. */
  offered?: boolean;
}

/** Revocation (R7) after verification. */
export interface RevokeFlow {
  name: "revoke";
  step: "cert" | "reason" | "confirm";
  serial?: string;
  reason?: "kayip" | "calinti";
  /** The reason read from earlier messages: named at the reason question, "evet" takes it. */
  noted?: "kayip" | "calinti";
}

/** Order status by order number (R3.2, R3.3). */
export interface OrderFlow {
  name: "order";
  step: "number";
  misses: number;
}

/** Certificate status by serial (anyone) or VKN (after verification). */
export interface StatusFlow {
  name: "status";
  step: "subject";
}

/** Troubleshooting (R10): after the first checks, were both fine? */
export interface TroubleshootFlow {
  name: "troubleshoot";
  step: "checked";
}

/**
 * Proving an application's contacts (R5.1): the codes sent to its e-mail and phone, given back one by
 * one, right after the application or later from its order status (`offer`: asked whether to send them).
 */
export interface ProofFlow {
  name: "proof";
  step: "offer" | "email" | "phone";
  /** The order whose contacts are offered for proof (step `offer`). */
  orderNo?: string;
  /** The one contact being proven, when only one is left (absent: the e-mail, then the phone). */
  only?: "email" | "phone";
}

/** The one flow a conversation is in. */
export type Flow =
  | ProofFlow
  | ApplicationFlow
  | VerifyFlow
  | ContactFlow
  | RevokeFlow
  | OrderFlow
  | StatusFlow
  | TroubleshootFlow;

/** A dialog waiting for a one-time code: verification or contact update at its `code` step. */
export type CodeQuestion = (VerifyFlow | ContactFlow) & { step: "code" };

/** Whether `flow` is at a code question (the code a customer types there is read as the code). */
export function atCodeQuestion(flow: Flow | undefined): flow is CodeQuestion {
  return (flow?.name === "verify" || flow?.name === "contact") && flow.step === "code";
}

/** The saved state of one conversation. */
export interface BotState {
  v: 1;
  flow?: Flow;
  /** Misunderstood messages in a row (the fallback offers the menu and the agent after two). */
  misses: number;
  /** The open hand-off ticket, while one is open. */
  handoff?: string;
  /** The order number given in this conversation, offered for status questions. */
  lastOrderNo?: string;
  /** Whether `lastOrderNo` was last shown by an order status: the next order question is about it. */
  orderShown?: boolean;
  /**
   * The subject of the last certificate status shown: a serial answered publicly, or the verified
   * VKN/TCKN whose certificates were listed. The next status question without a subject is about it
   * ("peki ne zaman bitiyor?"), and "bunu iptal etmek istiyorum" names its serial.
   */
  certificateShown?: string;
  /**
   * The message the bot was unsure of and the topics it offered for it ("Şunu mu demek
   * istediniz?"), kept for the next turn only: a topic chosen then is answered for these words, so a
   * VKN or order number in them is not asked for again.
   */
  unsure?: UnsureMessage;
  /**
   * The code question that ended last (tries spent, 5 minutes over, or the code used), kept a little
   * while: that code typed again is told it can no longer be used (bot/dispatch/ended-code.ts), not
   * taken for a PIN or for the answer to the next question. Never the code itself.
   */
  endedCode?: EndedCode;
  /**
   * When the customer asked for an agent while a code question of the bot's was open (the
   * verification's or contact update's code step, or the codes after an application), the time that
   * code was sent (ms since the epoch): that code typed to the agent is withheld from the agents'
   * thread (bot/handoff/code-withholding.ts). Never the code itself.
   */
  handoffCodeSentAt?: number;
  /**
   * The language the customer asked for in words ("English please", bot/language-request.ts), with
   * the channel's own language it replaced: it applies while the channel still has that language, so
   * a later change by the channel itself (Telegram's /tr, /en) wins.
   */
  localeChoice?: LocaleChoice;
  /** The customer wrote English in Turkish and was told how to switch (bot/dispatch/english-hint.ts). */
  englishHinted?: boolean;
  /**
   * The topic of the bot's last answer (bot/flows/follow-up/answer-topic.ts): a short follow-up
   * question ("ne yapmalıyım", "peki nereye göndereceğiz") is read as a question about it.
   */
  answered?: AnswerTopic;
  /**
   * Turns in a row that failed unexpectedly (a port out of reach) while a dialog was open: the dialog
   * is kept for a retry until the third such turn, then left, as it may be what fails.
   */
  failedTurns?: number;
}

/** The topics a follow-up question can be about (bot/flows/follow-up/). */
export const answerTopics = [
  "revoked",
  "r9",
  "payment",
  "e_documents",
  "title_change",
  "difference",
  "pin_lock",
  "apply_offered",
] as const;

/** A topic a follow-up question can be about. */
export type AnswerTopic = (typeof answerTopics)[number];

/** A language chosen in words and the channel's language at the time. */
export interface LocaleChoice {
  locale: ConversationLocale;
  over: ConversationLocale;
}

/** A code question that ended (bot/flows/dialog/code-entry.ts). */
export interface EndedCode {
  /** The menu topic that asks for a new code ("Yeniden dene"). */
  retryTopic: "contact_update" | "revoke" | "cert_status";
  /** When it ended (ms since the epoch, the engine's clock). */
  at: number;
  /** The code was accepted (used once); otherwise its tries or its 5 minutes ran out. */
  used: boolean;
  /** The customer left the code question ("vazgeç", "menü", another topic) before the code was used. */
  left?: boolean;
  /** Too many codes were asked for (the code budget): no code question is open until a new one is sent. */
  limited?: boolean;
}

/** A message answered with "did you mean", and the topics offered. */
export interface UnsureMessage {
  text: string;
  topics: string[];
}

/** A fresh state at the menu. */
export function initialState(): BotState {
  return { v: 1, misses: 0 };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const optionalString = (v: unknown) => v === undefined || isString(v);

/** Each flow's steps, the ones a saved state may name (the hand-off summary names them too). */
export const flowSteps: Readonly<Record<Flow["name"], readonly string[]>> = {
  application: applicationSteps,
  verify: ["subject", "code"],
  contact: ["kind", "value", "code"],
  revoke: ["cert", "reason", "confirm"],
  order: ["number"],
  status: ["subject"],
  troubleshoot: ["checked"],
  proof: ["offer", "email", "phone"],
};

function validFlow(flow: unknown): flow is Flow {
  if (!isObject(flow) || !isString(flow.name) || !isString(flow.step)) return false;
  const steps = flowSteps[flow.name as Flow["name"]];
  if (!steps?.includes(flow.step)) return false;
  switch (flow.name) {
    case "application":
      return isString(flow.key) && isApplicationData(flow.data);
    case "verify":
      return flow.purpose === "contact" || flow.purpose === "revoke" || flow.purpose === "status";
    case "contact":
      return (
        (flow.kind === undefined || flow.kind === "email" || flow.kind === "phone") &&
        (flow.offered === undefined || typeof flow.offered === "boolean")
      );
    case "revoke":
      return (
        optionalString(flow.serial) &&
        (flow.reason === undefined || flow.reason === "kayip" || flow.reason === "calinti")
      );
    case "order":
      return typeof flow.misses === "number";
    case "proof":
      return (
        optionalString(flow.orderNo) &&
        (flow.step !== "offer" || isString(flow.orderNo)) &&
        (flow.only === undefined || flow.only === "email" || flow.only === "phone")
      );
    default:
      return true;
  }
}

function isEndedCode(value: unknown): value is EndedCode {
  return (
    isObject(value) &&
    (value.retryTopic === "contact_update" ||
      value.retryTopic === "revoke" ||
      value.retryTopic === "cert_status") &&
    typeof value.at === "number" &&
    typeof value.used === "boolean"
  );
}

const isLocale = (v: unknown): v is ConversationLocale => v === "tr" || v === "en";

function isLocaleChoice(value: unknown): value is LocaleChoice {
  return isObject(value) && isLocale(value.locale) && isLocale(value.over) && value.locale !== value.over;
}

function isUnsureMessage(value: unknown): value is UnsureMessage {
  return (
    isObject(value) &&
    isString(value.text) &&
    value.text.length <= 2000 &&
    Array.isArray(value.topics) &&
    value.topics.length <= 4 &&
    value.topics.every(isString)
  );
}

/** Reads a saved state; anything unknown or garbled becomes a fresh state at the menu. */
/** Turns in a row that may fail before the open dialog is left (BotState.failedTurns). */
export const maxFailedTurns = 3;

export function parseState(raw: unknown): BotState {
  if (!isObject(raw) || raw.v !== 1) return initialState();
  const state: BotState = {
    v: 1,
    misses: typeof raw.misses === "number" && raw.misses >= 0 ? Math.min(raw.misses, 10) : 0,
  };
  if (raw.flow !== undefined && validFlow(raw.flow)) state.flow = raw.flow;
  if (isString(raw.handoff)) state.handoff = raw.handoff;
  if (isString(raw.lastOrderNo)) state.lastOrderNo = raw.lastOrderNo;
  if (raw.orderShown === true) state.orderShown = true;
  if (isString(raw.certificateShown) && /^[0-9a-f]{1,40}$|^\d{10,11}$/.test(raw.certificateShown))
    state.certificateShown = raw.certificateShown;
  if (isUnsureMessage(raw.unsure)) state.unsure = { text: raw.unsure.text, topics: [...raw.unsure.topics] };
  if (isEndedCode(raw.endedCode))
    state.endedCode = {
      retryTopic: raw.endedCode.retryTopic,
      at: raw.endedCode.at,
      used: raw.endedCode.used,
      ...(raw.endedCode.left === true ? { left: true } : {}),
      ...(raw.endedCode.limited === true ? { limited: true } : {}),
    };
  if (typeof raw.handoffCodeSentAt === "number" && Number.isFinite(raw.handoffCodeSentAt))
    state.handoffCodeSentAt = raw.handoffCodeSentAt;
  if (raw.englishHinted === true) state.englishHinted = true;
  if ((answerTopics as readonly unknown[]).includes(raw.answered))
    state.answered = raw.answered as AnswerTopic;
  if (typeof raw.failedTurns === "number" && Number.isInteger(raw.failedTurns) && raw.failedTurns > 0)
    state.failedTurns = Math.min(raw.failedTurns, maxFailedTurns);
  if (isLocaleChoice(raw.localeChoice))
    state.localeChoice = { locale: raw.localeChoice.locale, over: raw.localeChoice.over };
  return state;
}
