import pino, { type DestinationStream, type Logger } from "pino";
import { maskLogLine } from "./mask-log-line.ts";

export type { Logger } from "pino";

/**
 * A field named `code` is a one-time code when it holds digits ("482913"), and an error's code when
 * it is a word ("ca_missing", "EADDRINUSE"): the latter is what an operator needs to read. Every
 * other redacted field is always censored.
 */
function censorSecret(value: unknown, path: string[]): unknown {
  const errorCode =
    typeof value === "string" && /^[A-Za-z][A-Za-z0-9_]*$/.test(value) && !/\d{4}/.test(value);
  return path[path.length - 1] === "code" && errorCode ? value : "[redacted]";
}

/**
 * A pino logger whose every output line passes through `maskPersonalData` (by {@link maskLogLine},
 * which keeps the UUIDs of id fields whole), so TCKN, VKN, phone numbers and e-mail addresses never
 * reach a log unmasked, wherever they appear in the line.
 * PIN-like fields are removed by key as well (a `code` only when it is not an error's code).
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream; name?: string } = {},
): Logger {
  return pino(
    {
      level: options.level ?? "info",
      name: options.name ?? "mm",
      redact: {
        paths: ["pin", "*.pin", "password", "*.password", "otp", "*.otp", "code", "*.code"],
        censor: censorSecret,
      },
      hooks: { streamWrite: maskLogLine },
    },
    options.destination ?? pino.destination(1),
  );
}
