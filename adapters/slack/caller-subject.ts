/**
 * The caller `kimlik` and `dogrula` verify, named by a VKN/TCKN or by a certificate serial: a caller
 * often has the serial at hand (the card's envelope, the Windows certificate dialog) rather than the
 * firm's VKN, and the customer chat verifies by serial too. A serial stands for its holder's VKN/TCKN,
 * whose registered contacts receive the code; the verification is the holder's, as by VKN.
 */
import { typedSerial } from "./mm-args.ts";
import type { MmDeps } from "./mm-deps.ts";

/** A VKN (10 digits) or TCKN (11), as readArguments leaves it. */
const idNumber = /^\d{10,11}$/;

/** Who a typed word names: a holder (by number, or by serial), or a serial no certificate has. */
export type CallerSubject =
  | { kind: "holder"; subject: string; serial?: string }
  | { kind: "unknown_serial"; serial: string };

/** True when `word` names a caller: a VKN/TCKN, or a certificate serial (16 or more hex digits). */
export function namesCaller(word: string): boolean {
  return idNumber.test(word) || typedSerial(word) !== undefined;
}

/**
 * The holder `word` names: a VKN/TCKN as it is; a serial as its certificate's VKN/TCKN (with the
 * serial in its stored form), or `unknown_serial` when no certificate has it; anything else as it is,
 * for core to refuse (`invalid_subject`).
 */
export async function callerSubject(deps: Pick<MmDeps, "ra">, word: string): Promise<CallerSubject> {
  if (idNumber.test(word)) return { kind: "holder", subject: word };
  const serial = typedSerial(word);
  if (!serial) return { kind: "holder", subject: word };
  const certificate = await deps.ra.certificateStatus(serial);
  if (!certificate) return { kind: "unknown_serial", serial };
  return { kind: "holder", subject: certificate.vkn, serial: certificate.serial };
}

/**
 * The holder as an agent types it into the next command: the serial when the agent started with one
 * (it may be all the caller has), else `<VKN>` or `<TCKN>` by the number's length.
 */
export function subjectForm(subject: string, serial?: string): string {
  if (serial) return serial;
  return /^\d{11}$/.test(subject) ? "<TCKN>" : "<VKN>";
}
