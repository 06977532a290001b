/**
 * A certificate serial as agents and operators paste it into a command, after its label ("Seri:",
 * "seri no", "sertifika seri numarası", "Serial Number:", "S/N", glued "Seri:39fc…"): the one reading
 * of the Slack console (`/mm durum Seri: 39 fc …`, adapters/slack/mm-args.ts) and of the operator CLI
 * (`mm status --serial 'Seri: 39fc…'`, adapters/cli/commands/certificate-commands.ts).
 */
import { splitLabel } from "../text/labelled-answer.ts";
import { normaliseTyped } from "../text/normalise-typed.ts";
import { normaliseSerial } from "./serial-number.ts";

/** Serial labels over folded text (core/text/labelled-answer.ts), with the separator after them. */
const serialLabel =
  /^(?:sertifika\s+)?(?:seri(?:\s+(?:no\b\.?|numarasi|numara))?|serial(?:\s+(?:no\b\.?|number))?|s\/n|sn)(?:\s*[:#=]\s*|\s+)/;

/** A word that starts a hexadecimal serial (`0x`, colons, dots or hyphens between digit groups allowed). */
const serialStart = /^(?:0x)?[0-9a-f]+(?:[:.-][0-9a-f]+)*$/i;

/**
 * `typed` without a leading serial label when a hexadecimal word follows it ("Seri: 39 fc 6c …" →
 * "39 fc 6c …", words after the serial kept); `typed` trimmed when no such label leads it.
 */
export function withoutSerialLabel(typed: string): string {
  return splitLabel(typed, serialLabel, (rest) => serialStart.test(rest.value.split(/\s+/)[0] ?? "")).value;
}

/**
 * The canonical serial `typed` names, read as it looks (normalise-typed.ts), after an optional label,
 * in the forms normaliseSerial takes (`0x`, upper case, colons, spaces between byte pairs); undefined
 * when it is no serial.
 */
export function typedSerialNumber(typed: string): string | undefined {
  return normaliseSerial(withoutSerialLabel(normaliseTyped(typed).replace(/\s+/g, " ")));
}
