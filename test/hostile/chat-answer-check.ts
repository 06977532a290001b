/** What makes a chat answer improper for a customer (test/hostile/chat-fuzz.test.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../helpers/processes.ts";

/** A stack trace or a source location in text. */
export const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|node:internal|Error: .*\n\s+at /;

/** The apology the engine gives when a turn threw: a crash behind a polite face. */
export function apologies(): string[] {
  cached ??= (["tr", "en"] as const).map(
    (l) =>
      (
        JSON.parse(readFileSync(join(projectRoot, `locales/${l}/bot.json`), "utf8")) as {
          errors: { unexpected: string };
        }
      ).errors.unexpected,
  );
  return cached;
}
let cached: string[] | undefined;

/** Why an answer to `input` is not a proper customer message, or undefined. */
export function improper(answer: string, input: string): string | undefined {
  // the customer's own text may be quoted back; judge the bot's words only
  const own = input.length > 0 ? answer.split(input).join(" ") : answer;
  if (!/\p{L}{2,}/u.test(own)) return "no words";
  if (STACK.test(own)) return "stack trace";
  if (/\bundefined\b|\bNaN\b|\[object \w+\]|\{\{|\}\}|\$t\(/.test(own)) return "raw code or template";
  if (/^\s*[a-z_]+(\.[a-z_]+)+\s*$/m.test(own)) return "an i18n key";
  if (apologies().some((a) => own.includes(a))) return "the apology for an exception";
  return undefined;
}
