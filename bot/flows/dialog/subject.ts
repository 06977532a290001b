/**
 * The shared "whose?" question: a VKN, TCKN or certificate serial as typed, used by identity
 * verification and the certificate status (`interfaces.md` §4).
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { typedIdDigits } from "../../../core/identity/typed-number.ts";
import { parseTypedSerial } from "../../../core/pki/serial-number.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { idNumberIn } from "../../nlu/numbers-in-text.ts";
import type { Turn } from "../../turn.ts";
import { idNumberAmongWords } from "./id-number-answer.ts";
import { asksOtherTopic } from "./other-topic.ts";
import { subjectHelpAsked } from "./subject-help.ts";

/** Normalises a VKN, TCKN or certificate serial as typed; throws ValidationError for a bad VKN/TCKN. */
export function subjectOf(turn: Turn, raw: string): string | undefined {
  const testMode = turn.deps.testMode ?? false;
  // grouped digits and a label of either kind ("323.051.2384", "vkn: …", "TC kimlik no …")
  const digits = typedIdDigits(raw, "vkn") ?? typedIdDigits(raw, "tckn");
  if (digits?.length === 10) return validateApplicationField("vkn", digits, { testMode });
  if (digits?.length === 11) return validateApplicationField("tckn", digits, { testMode });
  // A serial has a hex letter or a 0x, or is too long for a VKN/TCKN.
  const compact = raw.replace(/[\s:.-]/g, "");
  const serial = parseTypedSerial(raw);
  if (serial && (/^0x|[a-f]/i.test(compact) || compact.length >= 12)) return serial;
  if (digits !== undefined && digits.length < 10)
    throw new ValidationError("invalid_vkn_format", "a VKN has 10 digits", "vkn");
  return undefined;
}

/** Whether a VKN/TCKN (not a serial) was given. */
export const isIdNumber = (subject: string): boolean => /^\d{10,11}$/.test(subject);

/**
 * Reads the answer to a subject question: the subject, `handled` when the answer was refused (with
 * its reason, or where to find the number) and the question asked again, or `declined` when the
 * message is another topic.
 */
export function readSubject(
  turn: Turn,
  raw: string,
  keys: { ask: string; bad: string },
): string | "handled" | "declined" {
  let subject: string | undefined;
  try {
    subject = subjectOf(turn, raw);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: turn.t(`errors.${error.code}`) });
    turn.say(keys.ask);
    return "handled";
  }
  if (subject) return subject;
  // "3230512384 kimin", "vkn miz 3230512384 dir": the one VKN or TCKN among words
  const one = idNumberIn(raw);
  const field = one.kind === "one" && one.digits.length === 11 ? "tckn" : "vkn";
  const among = idNumberAmongWords(raw, field, { testMode: turn.deps.testMode ?? false });
  if (among?.kind === "value") return among.value;
  if (among && among.kind !== "tcknForVkn") {
    if (among.kind === "several") turn.say("subject_help.several");
    else turn.say("app.invalid", { reason: turn.t(`errors.${among.code}`) });
    turn.say(keys.ask);
    return "handled";
  }
  // "bilmiyorum", "nereden bulurum": where to find the number, then the same question
  const help = subjectHelpAsked(turn.input.folded);
  if (help) {
    turn.say(`subject_help.${help}`);
    turn.say(keys.ask);
    return "handled";
  }
  if (asksOtherTopic(turn)) return "declined";
  turn.say(keys.bad);
  turn.say(keys.ask);
  return "handled";
}
