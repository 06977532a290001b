/**
 * The shared code question: the 6-digit one-time code given back, the same in every dialog that
 * asks for one (identity verification, contact update): "6 hanelidir" for anything else, "yanlış"
 * with the tries left, and the flow ended with a "Yeniden dene" button when no try is left, the
 * code's 5 minutes are over (said so) or the verification behind it expired meanwhile.
 */
import { DomainError, RateLimitError } from "../../../core/errors/domain-error.ts";
import { codeLifetimeMs } from "../../../core/ra/one-time-code.ts";
import type { Turn } from "../../turn.ts";
import { asksOtherTopic, withoutIntroducingWords } from "./other-topic.ts";

/** What the RA says of a code. */
export interface CodeCheck {
  ok: boolean;
  attemptsLeft: number;
  /** The code's 5 minutes were over. */
  expired?: boolean;
}

/** One dialog's code question. */
export interface CodeEntry {
  /** Checks the code with the RA. */
  check(code: string): Promise<CodeCheck>;
  /** When the code was sent (ms since the epoch), if known. */
  sentAt?: number;
  /** The menu topic that starts the dialog again (`i:<topic>` button). */
  retryTopic: "contact_update" | "revoke" | "cert_status";
}

/** The six digits of a typed code (spaces allowed, "kodum" or "my code is" before it), or undefined. */
export function typedCode(raw: string): string | undefined {
  const code = withoutIntroducingWords(raw).replace(/\s/g, "");
  return /^\d{6}$/.test(code) ? code : undefined;
}

function endWith(turn: Turn, key: string, entry: CodeEntry): void {
  turn.state.flow = undefined;
  turn.say(key, undefined, [{ id: `i:${entry.retryTopic}`, label: turn.t("verify.retry") }]);
}

/**
 * Reads the code answer: `ok` when it matched (the caller goes on), `handled` when the turn was
 * answered here, `declined` when the message is another topic (the engine answers it).
 */
export async function enterCode(turn: Turn, entry: CodeEntry): Promise<"ok" | "handled" | "declined"> {
  const raw = turn.input.raw;
  if (raw === undefined) return "declined";
  const code = typedCode(raw);
  if (!code) {
    if (asksOtherTopic(turn)) return "declined";
    turn.say("verify.code_format");
    return "handled";
  }
  let result: CodeCheck;
  try {
    result = await entry.check(code);
  } catch (error) {
    if (!(error instanceof DomainError) || error instanceof RateLimitError) throw error;
    // the verification the code depends on is over: start again
    if (error.code === "not_verified") {
      endWith(turn, "verify.expired", entry);
      return "handled";
    }
    result = { ok: false, attemptsLeft: 0 };
  }
  if (result.ok) return "ok";
  // the RA says so while it keeps the challenge; after retention removed it, the send time tells
  const lapsed =
    entry.sentAt !== undefined && turn.deps.clock.now().getTime() - entry.sentAt >= codeLifetimeMs;
  if (result.expired || (lapsed && result.attemptsLeft === 0)) endWith(turn, "verify.code_expired", entry);
  else if (result.attemptsLeft > 0) turn.say("verify.wrong_code", { left: result.attemptsLeft });
  else endWith(turn, "verify.no_tries_left", entry);
  return "handled";
}
