/**
 * Which customer messages must not stay in the Telegram chat: those carrying a TCKN, a one-time
 * code while one is awaited, or something that looks like a PIN, PUK or password. They are read
 * (handled by the engine) and then deleted from the chat.
 */
import { foldTurkish } from "../../bot/nlu/fold.ts";
import { looksLikeSecret } from "../../bot/nlu/secrets.ts";
import { isValidTckn } from "../../core/identity/tckn.ts";

/** Why a message is deleted. */
export type SensitiveKind = "tckn" | "code" | "pin";

/** What the dialog expects when the message arrives. */
export interface DialogExpectation {
  /** A one-time code is awaited (a verification or contact-update step `code`). */
  awaitingCode: boolean;
  /** The current step expects a number (so a bare number is not taken for a PIN). */
  numberExpected: boolean;
}

/** The kind of sensitive data a message carries, or undefined. */
export function sensitiveKindOf(text: string, expectation: DialogExpectation): SensitiveKind | undefined {
  const runs = [...text.matchAll(/\d[\d .-]*\d/g)].map((m) => m[0].replace(/[ .-]/g, ""));
  if (runs.some((run) => run.length === 11 && isValidTckn(run))) return "tckn";
  if (expectation.awaitingCode && /(?<!\d)\d{6}(?!\d)/.test(text.replace(/(?<=\d) (?=\d)/g, ""))) {
    return "code";
  }
  if (looksLikeSecret(foldTurkish(text), expectation.numberExpected)) return "pin";
  return undefined;
}
