/**
 * The conversation state the engine saves after every turn: plain JSON, one flow with its step
 * and the fields collected so far. Never a PIN, password or raw customer message. Anything that
 * does not parse as a known state is reset to the menu ({@link parseState}).
 */
import type { HsmGroupFirm, Medium, PersonType } from "../core/ra/registration-authority.ts";

/** Steps of the application dialog (`interfaces.md` §4), in order. */
export const applicationSteps = [
  "personType",
  "idNumber",
  "title",
  "signerName",
  "signerTckn",
  "email",
  "phone",
  "medium",
  "deliveryAddress",
  "hsmKind",
  "groupVkn",
  "groupTitle",
  "groupBarcode",
  "hsmAddress",
  "techName",
  "techPhone",
  "summary",
  "correct",
] as const;
/** One step of the application dialog. */
export type ApplicationStep = (typeof applicationSteps)[number];

/** Fields collected by the application dialog, already validated and normalised. */
export interface ApplicationData {
  personType?: PersonType;
  idNumber?: string;
  title?: string;
  signerName?: string;
  signerTckn?: string;
  email?: string;
  phone?: string;
  medium?: Medium;
  deliveryAddress?: string;
  hsmKind?: "bireysel" | "grup";
  group?: HsmGroupFirm[];
  firm?: Partial<HsmGroupFirm>;
  hsmAddress?: string;
  techName?: string;
  techPhone?: string;
}

/** The application dialog. */
export interface ApplicationFlow {
  name: "application";
  step: ApplicationStep;
  history: ApplicationStep[];
  data: ApplicationData;
  /** Set while one field is corrected from the summary: after it, back to the summary. */
  editing?: boolean;
  /** Idempotency key of the submission (a retried "evet" returns the same order). */
  key: string;
}

/** What a verified identity is needed for. */
export type VerifyPurpose = "contact" | "revoke" | "status";

/** Identity verification (`interfaces.md` §4). */
export interface VerifyFlow {
  name: "verify";
  step: "subject" | "code";
  purpose: VerifyPurpose;
}

/** Contact update (R5.1) after verification. */
export interface ContactFlow {
  name: "contact";
  step: "kind" | "value" | "code";
  kind?: "email" | "phone";
}

/** Revocation (R7) after verification. */
export interface RevokeFlow {
  name: "revoke";
  step: "cert" | "reason" | "confirm";
  serial?: string;
  reason?: "kayip" | "calinti";
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

/** After an application: the codes sent to its e-mail and phone, given back one by one (R5.1). */
export interface ProofFlow {
  name: "proof";
  step: "email" | "phone";
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
}

/** A fresh state at the menu. */
export function initialState(): BotState {
  return { v: 1, misses: 0 };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const optionalString = (v: unknown) => v === undefined || isString(v);

const stepsOf: Record<Flow["name"], readonly string[]> = {
  application: applicationSteps,
  verify: ["subject", "code"],
  contact: ["kind", "value", "code"],
  revoke: ["cert", "reason", "confirm"],
  order: ["number"],
  status: ["subject"],
  troubleshoot: ["checked"],
  proof: ["email", "phone"],
};

function validApplicationData(data: unknown): boolean {
  if (!isObject(data)) return false;
  for (const key of [
    "idNumber",
    "title",
    "signerName",
    "signerTckn",
    "email",
    "phone",
    "deliveryAddress",
    "hsmAddress",
    "techName",
    "techPhone",
  ]) {
    if (!optionalString(data[key])) return false;
  }
  if (data.personType !== undefined && data.personType !== "tuzel" && data.personType !== "gercek")
    return false;
  if (data.medium !== undefined && data.medium !== "card" && data.medium !== "hsm") return false;
  if (data.hsmKind !== undefined && data.hsmKind !== "bireysel" && data.hsmKind !== "grup") return false;
  if (data.group !== undefined) {
    if (!Array.isArray(data.group)) return false;
    if (!data.group.every((f) => isObject(f) && isString(f.vkn) && isString(f.title) && isString(f.barcode)))
      return false;
  }
  if (data.firm !== undefined && !isObject(data.firm)) return false;
  return true;
}

function validFlow(flow: unknown): flow is Flow {
  if (!isObject(flow) || !isString(flow.name) || !isString(flow.step)) return false;
  const steps = stepsOf[flow.name as Flow["name"]];
  if (!steps?.includes(flow.step)) return false;
  switch (flow.name) {
    case "application":
      return (
        Array.isArray(flow.history) &&
        flow.history.every((s) => isString(s) && applicationSteps.includes(s as ApplicationStep)) &&
        isString(flow.key) &&
        validApplicationData(flow.data)
      );
    case "verify":
      return flow.purpose === "contact" || flow.purpose === "revoke" || flow.purpose === "status";
    case "contact":
      return flow.kind === undefined || flow.kind === "email" || flow.kind === "phone";
    case "revoke":
      return (
        optionalString(flow.serial) &&
        (flow.reason === undefined || flow.reason === "kayip" || flow.reason === "calinti")
      );
    case "order":
      return typeof flow.misses === "number";
    default:
      return true;
  }
}

/** Reads a saved state; anything unknown or garbled becomes a fresh state at the menu. */
export function parseState(raw: unknown): BotState {
  if (!isObject(raw) || raw.v !== 1) return initialState();
  const state: BotState = {
    v: 1,
    misses: typeof raw.misses === "number" && raw.misses >= 0 ? Math.min(raw.misses, 10) : 0,
  };
  if (raw.flow !== undefined && validFlow(raw.flow)) state.flow = raw.flow;
  if (isString(raw.handoff)) state.handoff = raw.handoff;
  if (isString(raw.lastOrderNo)) state.lastOrderNo = raw.lastOrderNo;
  return state;
}
