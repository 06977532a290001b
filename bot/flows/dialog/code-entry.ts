/**
 * The shared code question: the 6-digit one-time code given back, the same in every dialog that
 * asks for one (identity verification, contact update). The typed answer goes to the RA as typed:
 * the RA reads the code (core/ra/typed-code.ts) and refuses anything else with
 * `invalid_code_format`, spending no try; here that is "6 hanelidir", or the other topic the message
 * asks about. Then "yanlış" with the tries left, and the flow ended with a "Yeniden dene" button
 * when no try is left, the code's 5 minutes are over (said so) or the verification behind it
 * expired meanwhile.
 */
import { DomainError, RateLimitError } from "../../../core/errors/domain-error.ts";
import { codeLifetimeMs } from "../../../core/ra/one-time-code.ts";
import { readCodeAnswer } from "../../../core/ra/typed-code.ts";
import type { Turn } from "../../turn.ts";
import { asksWhereCodeWent } from "./code-destination.ts";
import { asksWhenCodeComes } from "./code-timing.ts";
import { saysCodeUnreachable } from "./code-unreachable.ts";
import { contactTyped } from "./contact-typed.ts";
import { asksOtherTopic } from "./other-topic.ts";

/** What the RA says of a code. */
export interface CodeCheck {
  ok: boolean;
  attemptsLeft: number;
  /** The code's 5 minutes were over. */
  expired?: boolean;
}

/** One dialog's code question. */
export interface CodeEntry {
  /** Checks the answer with the RA, as typed; the RA throws `invalid_code_format` for no code. */
  check(typed: string): Promise<CodeCheck>;
  /** When the code was sent (ms since the epoch), if known. */
  sentAt?: number;
  /** The menu topic that starts the dialog again (`i:<topic>` button). */
  retryTopic: "contact_update" | "revoke" | "cert_status";
  /**
   * Said to an e-mail address or phone number typed instead of the code, and to "where did the code
   * go?" (no other topic is meant): it names where the code was sent.
   */
  contactTypedKey: string;
  /** Said to "the code does not reach me" (bot/flows/dialog/code-unreachable.ts). */
  unreachableKey: string;
}

/** Whether the RA refused the answer as no 6-digit code (no try was spent). */
export function isMalformedCode(error: unknown): boolean {
  return error instanceof DomainError && error.code === "invalid_code_format";
}

/** Remembers that the code question ended, so the same code typed again is told so (bot/dispatch/ended-code.ts). */
function remember(turn: Turn, entry: CodeEntry, used: boolean): void {
  turn.state.endedCode = { retryTopic: entry.retryTopic, at: turn.deps.clock.now().getTime(), used };
}

function endWith(turn: Turn, key: string, entry: CodeEntry): void {
  turn.state.flow = undefined;
  remember(turn, entry, false);
  turn.say(key, undefined, [{ id: `i:${entry.retryTopic}`, label: turn.t("verify.retry") }]);
}

/**
 * Reads the code answer: `ok` when it matched (the caller goes on), `handled` when the turn was
 * answered here, `declined` when the message is another topic (the engine answers it).
 */
export async function enterCode(turn: Turn, entry: CodeEntry): Promise<"ok" | "handled" | "declined"> {
  const raw = turn.input.raw;
  if (raw === undefined) return "declined";
  if (readCodeAnswer(raw) === undefined) {
    // an e-mail address or phone number typed here, the code not arriving or when it comes, or where
    // it went: no other topic
    const key = contactTyped(raw)
      ? entry.contactTypedKey
      : saysCodeUnreachable(turn.input.folded) || asksWhenCodeComes(turn.input.folded)
        ? entry.unreachableKey
        : asksWhereCodeWent(turn.input.folded)
          ? entry.contactTypedKey
          : undefined;
    if (key === entry.unreachableKey) {
      // a new code may be asked for; the question stays open, as the code may still arrive
      turn.say(key, undefined, [{ id: `i:${entry.retryTopic}`, label: turn.t("verify.retry") }]);
      return "handled";
    }
    if (key) {
      turn.say(key);
      return "handled";
    }
  }
  let result: CodeCheck;
  try {
    result = await entry.check(raw);
  } catch (error) {
    // no 6-digit code (no try spent): another topic is answered as such, anything else is told the format
    if (isMalformedCode(error)) {
      if (asksOtherTopic(turn)) return "declined";
      turn.say("verify.code_format");
      return "handled";
    }
    if (!(error instanceof DomainError) || error instanceof RateLimitError) throw error;
    // the verification the code depends on is over: start again
    if (error.code === "not_verified") {
      endWith(turn, "verify.expired", entry);
      return "handled";
    }
    result = { ok: false, attemptsLeft: 0 };
  }
  if (result.ok) {
    remember(turn, entry, true);
    return "ok";
  }
  // the RA says so while it keeps the challenge; after retention removed it, the send time tells
  const lapsed =
    entry.sentAt !== undefined && turn.deps.clock.now().getTime() - entry.sentAt >= codeLifetimeMs;
  if (result.expired || (lapsed && result.attemptsLeft === 0)) endWith(turn, "verify.code_expired", entry);
  else if (result.attemptsLeft > 0) turn.say("verify.wrong_code", { left: result.attemptsLeft });
  else endWith(turn, "verify.no_tries_left", entry);
  return "handled";
}
