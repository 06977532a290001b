/**
 * Revocation (R7) after verification: the certificate (asked only when there are several, by
 * serial) → the reason (kayıp, çalıntı) → the irreversibility warning and "onaylıyor musunuz?" →
 * revoked with the time → the R7.4 advice to apply again.
 */
import {
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationError,
} from "../../core/errors/domain-error.ts";
import { isValidVkn } from "../../core/identity/vkn.ts";
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import { maskIdNumber } from "../../core/privacy/mask.ts";
import { validateApplicationField } from "../../core/ra/application-fields.ts";
import type { HeldCertificate } from "../../core/ra/registration-authority.ts";
import { revocationCandidates } from "../../core/ra/revocation-candidates.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { isQuestion } from "../nlu/question-form.ts";
import { nluLocaleOf } from "../nlu/training-data.ts";
import { understand } from "../nlu/understand.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { RevokeFlow } from "../state.ts";
import type { Choice, Turn } from "../turn.ts";
import { describeHolder } from "./certificate-lines.ts";
import { formatDate, formatDateTime } from "./dates.ts";
import { certificatesDescribed } from "./dialog/certificate-described.ts";
import { decisionPutOff } from "./dialog/decision-put-off.ts";
import { hedgedNo, plainYesNo } from "./dialog/plain-yes.ts";
import { revocationCalledOff } from "./dialog/revocation-called-off.ts";
import { answerRevocationQuestion } from "./dialog/revocation-question.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { answeredInPassing } from "./info.ts";
import { revocationReasonOf } from "./revocation-reason.ts";
import { sendCode } from "./send-code.ts";

/** A question typed whose topic the engine answers in passing (the prices, the delivery …), no reason. */
function asksInPassing(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || turn.input.button || !isQuestion(raw, turn.input.folded)) return false;
  const understood = understand(turn.input.folded, nluLocaleOf(turn.ref.locale));
  return understood.kind === "intent" && answeredInPassing(understood.intent, turn.input.folded);
}

/** Why a card is to be revoked; the typed words live in locales/<lng>/choices.yaml. */
export const revocationReasonChoices: Choice<"kayip" | "calinti">[] = (["kayip", "calinti"] as const).map(
  (id) => ({
    id,
    labelKey: `revoke.reason.${id}`,
    synonyms: synonymsOf("revocationReason", id),
  }),
);
const yesNoChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];

/** The verified holder's certificates that may be revoked (the rule shared with the core and the console). */
async function revocable(turn: Turn): Promise<HeldCertificate[]> {
  return revocationCandidates(await turn.deps.ra.certificatesOfVerified(turn.ref.id));
}

function certificateChoices(turn: Turn, certs: HeldCertificate[]): Choice[] {
  return certs.map((c) => ({
    id: `cert:${c.serial}`,
    // the medium, so that a card is told from an HSM without knowing serials
    labelKey: c.medium ? "revoke.cert_label_medium" : "revoke.cert_label",
    labelParams: {
      serial: c.serial,
      until: formatDate(turn, c.notAfter),
      ...(c.medium ? { medium: turn.t(`revoke.medium_label.${c.medium}`) } : {}),
    },
    synonyms: [c.serial.toLowerCase()],
  }));
}

/** Ordinal answers to the list ("ilki", "ikincisi", "2", "the second one", "sonuncusu"): 0-based, -1 for the last. */
const ordinals: Record<string, number> = {
  "1": 0,
  ilk: 0,
  ilki: 0,
  birinci: 0,
  birincisi: 0,
  first: 0,
  "2": 1,
  ikinci: 1,
  ikincisi: 1,
  second: 1,
  "3": 2,
  ucuncu: 2,
  ucuncusu: 2,
  third: 2,
  "4": 3,
  dorduncu: 3,
  dorduncusu: 3,
  fourth: 3,
  son: -1,
  sonuncu: -1,
  sonuncusu: -1,
  last: -1,
};

/** The certificate an ordinal answer to the list ("ikincisi", "the last one") picks. */
function pickedByPosition(folded: string, certs: HeldCertificate[]): HeldCertificate | undefined {
  const tokens = folded.split(" ").filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return undefined;
  const positions = tokens.map((t) => ordinals[t]).filter((n) => n !== undefined);
  return positions.length === 1 ? certs.at(positions[0]!) : undefined;
}

/**
 * Starts revocation once the conversation is verified; `noted` is the reason the customer already
 * gave, named at the reason question (whose buttons stay) and taken by "evet".
 */
export async function startRevocation(turn: Turn, noted?: "kayip" | "calinti"): Promise<void> {
  const certs = await revocable(turn);
  if (certs.length === 0) {
    turn.state.flow = undefined;
    await sayNoneRevocable(turn);
    return;
  }
  if (certs.length === 1) {
    const flow: RevokeFlow = {
      name: "revoke",
      step: "reason",
      serial: certs[0]!.serial,
      ...(noted ? { noted } : {}),
    };
    turn.state.flow = flow;
    await prompt(turn, flow);
    return;
  }
  turn.state.flow = { name: "revoke", step: "cert", ...(noted ? { noted } : {}) };
  turn.say("revoke.ask_cert", undefined, turn.buttons(certificateChoices(turn, certs)));
}

/**
 * Nothing left to revoke, said by the holder's latest certificate: an expired one needs no revocation
 * and a new mali mühür is a new application (R8.3, R7.4), said with its end date; a revoked one is
 * closed already (R7.1); else none is found.
 */
async function sayNoneRevocable(turn: Turn): Promise<void> {
  const held = await turn.deps.ra.certificatesOfVerified(turn.ref.id);
  const signing = held.filter((c) => c.kind === "sign");
  const latest = (signing.length > 0 ? signing : held).reduce<HeldCertificate | undefined>(
    (a, c) => (a === undefined || c.notAfter > a.notAfter ? c : a),
    undefined,
  );
  if (latest?.status === "expired") {
    turn.say("revoke.none_expired", { until: formatDate(turn, latest.notAfter) }, [
      { id: "i:apply", label: turn.t("menu.apply") },
    ]);
  } else if (latest?.status === "revoked") turn.say("revoke.already");
  else turn.say("revoke.none");
}

async function prompt(turn: Turn, flow: RevokeFlow): Promise<void> {
  if (flow.step === "cert")
    turn.say("revoke.ask_cert", undefined, turn.buttons(certificateChoices(turn, await revocable(turn))));
  else if (flow.step === "reason") askReason(turn, flow);
  else await warn(turn, flow);
}

/** The reason question, with what was understood of the reason before (the buttons stay). */
function askReason(turn: Turn, flow: RevokeFlow): void {
  if (flow.noted) turn.say(`revoke.reason_understood.${flow.noted}`);
  turn.say("revoke.ask_reason", undefined, turn.buttons(revocationReasonChoices));
}

/**
 * The irreversibility warning (R7.1) names what is about to be closed: the holder (unvan, masked
 * VKN/TCKN), the serial and the medium, so that a customer sees which firm loses its seal.
 */
async function warn(turn: Turn, flow: RevokeFlow): Promise<void> {
  const certs = await revocable(turn);
  const cert = certs.find((c) => c.serial === flow.serial);
  const serial = flow.serial ?? "";
  const holder = cert ? describeHolder(turn, cert.vkn, certs) : "";
  const buttons = turn.buttons(yesNoChoices);
  if (flow.reason) turn.say("revoke.reason_named", { reason: turn.t(`revoke.reason.${flow.reason}`) });
  if (cert?.medium)
    turn.say("revoke.warning", { holder, serial, medium: turn.t(`revoke.medium.${cert.medium}`) }, buttons);
  else if (cert) turn.say("revoke.warning_no_medium", { holder, serial }, buttons);
  else turn.say("revoke.warning_serial", { serial }, buttons);
}

/**
 * A VKN or TCKN written in a message (its digits in groups or not: "4540536920", "454 053 6920"),
 * checksum-valid or not; a 10-digit mobile number without its 0 is no VKN.
 */
function idNumberIn(raw: string): string | undefined {
  for (const m of raw.matchAll(/(?<![\p{L}\p{N}])\d+(?:[ .-]\d+)*(?![\p{L}\p{N}])/gu)) {
    const runs = [m[0].replace(/\D/g, ""), ...m[0].split(/[ .-]/)];
    for (const digits of runs) {
      if (digits.length === 10 && !(digits.startsWith("5") && !isValidVkn(digits))) return digits;
      if (digits.length === 11 && !digits.startsWith("0")) return digits;
    }
  }
  return undefined;
}

/**
 * A VKN/TCKN typed anywhere in the dialog that is not the verified one: the customer means another
 * holder, so nothing of the verified one is revoked; that holder is verified first (then the
 * revocation starts for it), or an invalid number is refused with the VKN question. Returns
 * `handled` then, `same` when the verified identity was typed, or undefined.
 */
async function anotherHolderTyped(turn: Turn): Promise<"handled" | "same" | undefined> {
  const digits = turn.input.raw === undefined ? undefined : idNumberIn(turn.input.raw);
  if (!digits) return undefined;
  if (digits === (await turn.deps.ra.verifiedSubject(turn.ref.id))) return "same";
  let subject: string;
  try {
    subject = validateApplicationField(digits.length === 10 ? "vkn" : "tckn", digits, {
      testMode: turn.deps.testMode ?? false,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.state.flow = { name: "verify", step: "subject", purpose: "revoke" };
    turn.say("app.invalid", { reason: turn.t(`errors.${error.code}`) });
    turn.say("verify.ask_subject");
    return "handled";
  }
  turn.say("revoke.other_holder", {
    idKind: subject.length === 11 ? "TCKN" : "VKN",
    id: maskIdNumber(subject),
  });
  const flow = turn.state.flow?.name === "revoke" ? turn.state.flow : undefined;
  const reason = revocationReasonOf(turn.input.folded);
  await sendCode(turn, "revoke", subject, reason === "kayip" || reason === "calinti" ? reason : flow?.noted);
  return "handled";
}

/** Names the verified holder again (its own VKN was typed) and asks the question again. */
async function sameHolder(turn: Turn, flow: RevokeFlow): Promise<void> {
  const subject = await turn.deps.ra.verifiedSubject(turn.ref.id);
  if (subject)
    turn.say("revoke.same_holder", {
      holder: describeHolder(turn, subject, await turn.deps.ra.certificatesOfVerified(turn.ref.id)),
    });
  await prompt(turn, flow);
}

/** The revocation flow as the engine drives it. */
export const revocationFlow: FlowHandler<RevokeFlow> = {
  async handle(turn, flow) {
    // "kart bulundu, iptal etmeyin", "vazgeçtik": nothing is revoked, said plainly (R7.1)
    const calledOff = turn.input.button ? undefined : revocationCalledOff(turn.input.folded);
    if (calledOff) {
      turn.state.flow = undefined;
      turn.say(calledOff === "found" ? "revoke.card_found" : "revoke.cancelled");
      return true;
    }
    if (flow.step === "cert") {
      const certs = await revocable(turn);
      const typed = normaliseSerial(turn.input.raw ?? "");
      // "geçen ay aldığımız", "eski olanı", "HSM'deki": told by its date or medium, else its place in the list
      const described =
        turn.input.raw === undefined
          ? undefined
          : certificatesDescribed(turn.input.folded, certs, turn.deps.clock.now());
      const byPosition =
        turn.input.raw === undefined || described ? undefined : pickedByPosition(turn.input.folded, certs);
      const byDescription = described?.length === 1 ? described[0] : undefined;
      const picked =
        turn.pick(certificateChoices(turn, certs)) ??
        (typed && certs.some((c) => c.serial === typed) ? `cert:${typed}` : undefined) ??
        (byDescription ? `cert:${byDescription.serial}` : undefined) ??
        (byPosition ? `cert:${byPosition.serial}` : undefined);
      const other = picked ? undefined : await anotherHolderTyped(turn);
      if (other === "handled") return true;
      if (other === "same") {
        await sameHolder(turn, flow);
        return true;
      }
      if (!picked) {
        // a description that fits several or none is asked again, never guessed
        turn.say(
          described === undefined
            ? "revoke.unknown_cert"
            : described.length > 1
              ? "revoke.cert_several_match"
              : "revoke.cert_none_match",
        );
        await prompt(turn, flow);
        return true;
      }
      flow.serial = picked.slice("cert:".length);
      // "geçen ay aldığımız kart çalındı": the reason told with the certificate is named at the reason question
      const told = turn.input.button ? undefined : revocationReasonOf(turn.input.folded);
      if (told === "kayip" || told === "calinti") flow.noted = told;
      flow.step = "reason";
      await prompt(turn, flow);
      return true;
    }
    const other = await anotherHolderTyped(turn);
    if (other === "handled") return true;
    if (flow.step === "reason") {
      // typed: what the answer means ("kaybettik", "çaldılar"), never a negated or another reason
      const understood = turn.input.button
        ? turn.pick(revocationReasonChoices)
        : revocationReasonOf(turn.input.folded);
      if (understood === "both") {
        turn.say("revoke.reason_which");
        await prompt(turn, flow);
        return true;
      }
      // "evet" to the reason understood before ("Mesajınızdan nedenin çalıntı olduğunu anladım")
      const reason =
        understood ??
        (flow.noted && yesNo(turn.input.folded, turn.input.raw) === "yes" ? flow.noted : undefined);
      if (!reason && other === "same") {
        await sameHolder(turn, flow);
        return true;
      }
      // "yeni kart kaç para?", "how much will the new card cost?": a side question, answered in
      // passing by the engine (bot/dispatch/intent.ts), which asks the reason again
      if (!reason && asksInPassing(turn)) return false;
      if (!reason) {
        turn.say("revoke.reason_other");
        await prompt(turn, flow);
        return true;
      }
      flow.reason = reason;
      flow.step = "confirm";
      await prompt(turn, flow);
      return true;
    }
    // "aslında kayıp değil çalıntı": the reason changes and the confirmation is asked again
    const named = turn.input.button ? undefined : revocationReasonOf(turn.input.folded);
    if ((named === "kayip" || named === "calinti") && named !== flow.reason) {
      flow.reason = named;
      await prompt(turn, flow);
      return true;
    }
    // an irreversible step acts on a plain yes only (dialog/plain-yes.ts)
    const answer = turn.input.button ?? plainYesNo(turn.input.folded, turn.input.raw ?? "");
    if (answer === "no") {
      turn.state.flow = undefined;
      turn.say("revoke.kept");
      return true;
    }
    if (answer !== "yes") {
      // "yeni kart kaç para", "evet ama iptal edince e-faturalarım ne olur": answered, asked again
      if (!turn.input.button && answerRevocationQuestion(turn)) {
        await prompt(turn, flow);
        return true;
      }
      // "hmm emin değilim, hayır": a clear no among hedging words leaves, nothing revoked
      if (!turn.input.button && hedgedNo(turn.input.folded, turn.input.raw ?? "")) {
        turn.state.flow = undefined;
        turn.say("revoke.kept");
        return true;
      }
      // "emin değilim", "bir düşüneyim": nothing revoked; asked again shortly, not the whole warning
      if (!turn.input.button && decisionPutOff(turn.input.folded)) {
        turn.say("revoke.confirm_put_off", undefined, turn.buttons(yesNoChoices));
        return true;
      }
      turn.say(answer === "unclear" ? "revoke.confirm_unclear" : "app.choose_one");
      await prompt(turn, flow);
      return true;
    }
    turn.state.flow = undefined;
    try {
      const revoked = await turn.deps.ra.revokeByCustomer({
        conversationId: turn.ref.id,
        serial: flow.serial ?? "",
        reason: flow.reason ?? "kayip",
      });
      turn.say("revoke.done", {
        serial: revoked.serial,
        at: formatDateTime(turn, revoked.revokedAt ?? turn.deps.clock.now()),
      });
      turn.say("revoke.reapply", undefined, [{ id: "i:apply", label: turn.t("menu.apply") }]);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "already_revoked") turn.say("revoke.already");
      // it expired between the choice and the confirmation: nothing left to revoke
      else if (error instanceof ConflictError && error.code === "certificate_expired")
        await sayNoneRevocable(turn);
      else if (error instanceof NotFoundError) turn.say("revoke.unknown_cert");
      else if (error instanceof DomainError)
        turn.say("verify.expired", undefined, [{ id: "i:revoke", label: turn.t("verify.retry") }]);
      else throw error;
    }
    return true;
  },
  async reprompt(turn, flow) {
    await prompt(turn, flow);
  },
  back(turn, flow) {
    if (flow.step !== "confirm") return false;
    flow.step = "reason";
    askReason(turn, flow);
    return true;
  },
  expectsNumber(flow) {
    return flow.step === "cert";
  },
};
