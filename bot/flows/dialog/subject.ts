/**
 * The shared "whose?" question: a VKN, TCKN or certificate serial as typed, used by identity
 * verification and the certificate status (`interfaces.md` §4).
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { typedIdDigits } from "../../../core/identity/typed-number.ts";
import { normaliseSerial, parseTypedSerial } from "../../../core/pki/serial-number.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { idNumberIn } from "../../nlu/numbers-in-text.ts";
import type { Turn } from "../../turn.ts";
import { idNumberAmongWords } from "./id-number-answer.ts";
import { asksOtherTopic } from "./other-topic.ts";
import { subjectHelpAsked } from "./subject-help.ts";

/**
 * A serial's label: "seri no:", "Seri No", "seri numaram", "sertifika seri numarası", "serial
 * number:", "S/N". The text after it is read as the serial.
 */
const serialLabel =
  /(?<![\p{L}\d])(?:sertifika(?:n[ıi]n|m[ıi]n)?\s+)?(?:seri\s*(?:no|nr|numara\p{L}*)|seri|serial\s*(?:no|nr|number)?|s\/n)(?![\p{L}\d])\s*[:#.]?\s*/iu;

/** Fewest hex digits of a typed serial (as core/pki/serial-number.ts `parseTypedSerial`). */
const minSerialDigits = 8;

/**
 * The serial after a label, in the groups it is typed in: hex digits in groups separated by spaces,
 * colons, dots or dashes ("195D 4C95 D752 …", "19:5D:4C:…", "195D-4C95-…"), the groups ending at a
 * word that is not one ("… 97D3 olan"). A later group without digits is part of the serial only when
 * it is upper case or 3 or more letters long, so "… 97D3 de geçerli mi" keeps its "de" out.
 */
export function labelledSerial(raw: string): string | undefined {
  const label = serialLabel.exec(raw);
  if (!label) return undefined;
  const rest = raw.slice(label.index + label[0].length);
  const first = /^(?:0x)?[0-9a-f]+(?=[\s:.,;!?-]|$)/i.exec(rest);
  if (!first) return undefined;
  let end = first[0].length;
  for (const group of rest.slice(end).matchAll(/[\s:.-]+([0-9a-f]+)(?=[\s:.,;!?-]|$)/giy)) {
    const hex = group[1]!;
    // a short lower-case word after a space ends it ("… 97D3 de"); after ":" "-" "." it is a group ("12:ab:34")
    const joined = /[:.-]/.test(group[0]);
    if (!joined && !/\d/.test(hex) && hex.length < 3 && hex !== hex.toUpperCase()) break;
    end += group[0].length;
  }
  // "12-GH-77", "00zz": a group joined to the serial that is not hex makes it no serial
  if (/^[:.-]?[\p{L}\d]/u.test(rest.slice(end))) return undefined;
  const digits = rest
    .slice(0, end)
    .replace(/^0x/i, "")
    .replace(/[\s:.-]/g, "");
  if (digits.length < minSerialDigits) return undefined;
  return normaliseSerial(rest.slice(0, end));
}

/** Whether a serial is named ("seri numaram …"), whatever follows it. */
const namesSerial = (raw: string): boolean => serialLabel.test(raw);

/** Normalises a VKN, TCKN or certificate serial as typed; throws ValidationError for a bad VKN/TCKN. */
export function subjectOf(turn: Turn, raw: string): string | undefined {
  const testMode = turn.deps.testMode ?? false;
  // "seri no: 195D 4C95 D752 …": a labelled serial is a serial, even all digits
  const labelled = labelledSerial(raw);
  if (labelled) return labelled;
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
  // "seri numaram 00zz", "seri no: xyz": a serial named that is none gets the reason (or where to
  // find it), never another topic's answer ("numaram" read as the call centre's contact)
  if (namesSerial(raw)) {
    const help = subjectHelpAsked(turn.input.folded);
    turn.say(help ? `subject_help.${help}` : keys.bad);
    turn.say(keys.ask);
    return "handled";
  }
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
