/**
 * Several `/mm` commands pasted into one (`durum <VKN>` and `kimlik <VKN>` on lines of their own):
 * Slack sends them as one command's text, and only one command runs per `/mm`. None runs; the
 * answer names the subcommands found and asks for one `/mm` each, so nothing is half done (a
 * `iptal` on the first line must not run because a `durum` follows it).
 */
import type { TFunction } from "i18next";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/** The answer to a line holding the subcommands `found` (folded), one per pasted line. */
export function severalCommands(t: TFunction, found: readonly string[]): SlackAnswer {
  return answer([
    `:warning: ${t("several_commands", {
      count: found.length,
      commands: found.map((name) => `\`/mm ${name}\``).join(", "),
    })}`,
  ]);
}
