/**
 * Which kind of number an agent typed where another was expected: the console has two "talep no"
 * (a hand-off ticket `T-XXXXXXXX` for `devral`/`bitir`, a revocation request `IP-XXXXXXXX` for
 * `onayla`/`reddet`), besides order numbers (`MM` and 10 digits). An agent who typed one for the other
 * is told which command takes it, rather than "not found".
 */
import type { TFunction } from "i18next";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { echoTyped } from "./mm-format.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/** The kind of reference `word` is by its shape, or undefined. */
export function referenceKind(word: string): "ticket" | "request" | "order" | undefined {
  const upper = word.replace(/[İı]/g, "I").toUpperCase();
  if (/^T-[A-HJ-NP-Z2-9]{8}$/.test(upper)) return "ticket";
  if (/^IP-[A-HJ-NP-Z2-9]{8}$/.test(upper)) return "request";
  if (normaliseOrderNumber(word)) return "order";
  return undefined;
}

/** `typed` is a reference of another kind than `command` takes: which one it is, and which command takes it. */
export function wrongKind(t: TFunction, typed: string, command: string): SlackAnswer {
  const kind = referenceKind(typed);
  return answer([
    `:warning: ${t(`wrong_kind.${kind}`, { typed: echoTyped(typed), command })}`,
    `:information_source: ${t(`usage.${command}`)}`,
  ]);
}
