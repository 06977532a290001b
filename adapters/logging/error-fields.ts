/**
 * How a failure is told to operators. A known failure carries a code (a {@link DomainError}'s
 * registered code, or a Node system error's such as `EADDRINUSE`): it is told by its message and
 * code alone, never a stack trace. Anything else is a bug, and its stack is what fixes it.
 */

/** The code of a known failure, or undefined. */
export function knownErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z][A-Za-z0-9_]*$/.test(code) ? code : undefined;
}

/** The log fields of a failure: `{ code, error }` for a known one, `{ err }` (with its stack) otherwise. */
export function errorLogFields(error: unknown): Record<string, unknown> {
  const code = knownErrorCode(error);
  if (code === undefined) return { err: error };
  return { code, error: firstLine(error) };
}

/** One line for stderr: the message's first line, ending in the code when there is one. */
export function errorLine(error: unknown): string {
  const code = knownErrorCode(error);
  return code === undefined ? firstLine(error) : `${firstLine(error)} [${code}]`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "";
}
