/**
 * The one line `mm` prints for a failure: `mm: <English message> [<code>]`. Every failure has a
 * registered code (core/errors/error-codes.ts): the command parser's own (an unknown command or
 * option, a missing argument), a configuration error's, a domain error's; anything else is
 * `[internal]`. What the operator typed is echoed at most {@link ECHO_LIMIT} characters long.
 */
import { CommanderError } from "commander";
import { DomainError } from "../../core/errors/domain-error.ts";
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import { ConfigurationError } from "../config/environment.ts";

/** Characters of one typed argument an error line echoes; a longer one is cut and ends with "…". */
export const ECHO_LIMIT = 64;

/** A control character (a newline typed into an argument would split the line). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const controlCharacter = /[\u0000-\u001f\u007f]/;

/** Characters of a whole message, whatever it echoes. */
const MESSAGE_LIMIT = 1000;

/** The code of a command-parser error, by commander's own code. */
function parserCode(error: CommanderError): ErrorCode {
  if (error.code === "commander.unknownCommand") return "unknown_command";
  if (error.code === "commander.unknownOption") return "unknown_option";
  return "bad_arguments";
}

/** The message and code of a failure, before any cutting. */
function describe(error: unknown): { message: string; code: ErrorCode | string } {
  if (error instanceof CommanderError)
    // "error: unknown command 'nope'\n(Did you mean …?)": one line, without commander's own prefix
    return {
      message: error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " "),
      code: parserCode(error),
    };
  if (error instanceof ConfigurationError) return { message: error.message, code: "config_invalid" };
  if (error instanceof DomainError) return { message: error.message, code: error.code };
  return { message: error instanceof Error ? error.message : String(error), code: "internal" };
}

/** A typed value as an error line shows it: control characters escaped, at most {@link ECHO_LIMIT} characters. */
export function echoed(value: string): string {
  const visible = value.replace(new RegExp(controlCharacter, "g"), (c) => JSON.stringify(c).slice(1, -1));
  return visible.length > ECHO_LIMIT ? `${visible.slice(0, ECHO_LIMIT)}…` : visible;
}

/**
 * The line printed for `error` (without the newline), `args` being what was typed after `mm`: each
 * long or control-character-bearing argument the message echoes is shown {@link echoed}.
 */
export function errorLine(error: unknown, args: readonly string[]): string {
  const { message, code } = describe(error);
  let text = message;
  for (const arg of [...args].sort((a, b) => b.length - a.length))
    if (arg.length > ECHO_LIMIT || controlCharacter.test(arg)) text = text.split(arg).join(echoed(arg));
  text = text.split("\n")[0]!;
  if (text.length > MESSAGE_LIMIT) text = `${text.slice(0, MESSAGE_LIMIT)}…`;
  return `mm: ${text} [${code}]`;
}
