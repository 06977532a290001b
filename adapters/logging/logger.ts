import pino, { type DestinationStream, type Logger } from "pino";
import { maskLogLine } from "./mask-log-line.ts";

export type { Logger } from "pino";

/**
 * A pino logger whose every output line passes through `maskPersonalData` (by {@link maskLogLine},
 * which keeps the UUIDs of id fields whole), so TCKN, VKN, phone numbers and e-mail addresses never
 * reach a log unmasked, wherever they appear in the line.
 * PIN-like fields are removed by key as well.
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
        censor: "[redacted]",
      },
      hooks: { streamWrite: maskLogLine },
    },
    options.destination ?? pino.destination(1),
  );
}
