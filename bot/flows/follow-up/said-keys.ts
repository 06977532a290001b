/**
 * The text keys a turn put into words, kept beside its answer (the `out` array a turn and its
 * {@link Turn.readAs} copies share): what the bot just answered, read by ./answer-topic.ts.
 */
import type { BotMessage } from "../../channel-port.ts";

const keysByAnswer = new WeakMap<BotMessage[], string[]>();

/** Notes that a text key was put into words for this answer (called by `Turn.t`). */
export function noteSaid(out: BotMessage[], key: string): void {
  const keys = keysByAnswer.get(out);
  if (keys) keys.push(key);
  else keysByAnswer.set(out, [key]);
}

/** The text keys put into words for this answer, in order. */
export function saidKeys(out: BotMessage[]): readonly string[] {
  return keysByAnswer.get(out) ?? [];
}
