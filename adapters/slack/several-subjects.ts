/**
 * Two or more subjects typed to a subcommand that takes one (`durum 3230512384 10000000146`,
 * `kimlik <VKN> <seri>`): each is named (masked), with the usage line, and nothing is looked up or
 * sent, rather than the bare usage line that left the agent to guess what was wrong.
 */
import type { TFunction } from "i18next";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { typedSerial } from "./mm-args.ts";
import { echoTyped } from "./mm-format.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/** Whether a word names a record: a VKN/TCKN, an order number or a certificate serial. */
export function isSubjectWord(word: string): boolean {
  return (
    /^\d{10,11}$/.test(word) || normaliseOrderNumber(word) !== undefined || typedSerial(word) !== undefined
  );
}

/**
 * The answer to `command` given several subjects among `args` (the subjects masked, the usage line),
 * or undefined when it holds fewer than two.
 */
export function severalSubjects(
  t: TFunction,
  command: string,
  args: readonly string[],
): SlackAnswer | undefined {
  const subjects = args.filter(isSubjectWord);
  if (subjects.length < 2) return undefined;
  return answer([
    `:warning: ${t("several_subjects", {
      command,
      count: subjects.length,
      subjects: subjects.map((subject) => `\`${echoTyped(subject)}\``).join(", "),
    })}`,
    `:information_source: ${t(`usage.${command}`)}`,
  ]);
}
