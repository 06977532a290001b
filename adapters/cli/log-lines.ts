/**
 * The log of a CLI command: the service's logger (masking included), its lines written for an
 * operator on stderr — `mm: warning: <message>` — instead of JSON on stdout, where only a command's
 * results go. What a command's engine logs at the level the CLI shows (warnings and errors by
 * default), e.g. that a development CA was created on empty storage, is one readable line.
 */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../logging/logger.ts";

/** Pino's level numbers and the word an operator reads. */
const levelWords: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warning",
  50: "error",
  60: "fatal",
};

/** Turns one JSON log line into `mm: <level>: <msg>` (a line that is not JSON is passed on as it is). */
export function operatorLine(jsonLine: string): string {
  try {
    const entry = JSON.parse(jsonLine) as { level?: number; msg?: unknown; err?: { message?: unknown } };
    const word = levelWords[entry.level ?? 30] ?? "log";
    const reason = typeof entry.err?.message === "string" ? `: ${entry.err.message}` : "";
    return `mm: ${word}: ${String(entry.msg ?? "")}${reason}`;
  } catch {
    return jsonLine.trimEnd();
  }
}

/** The CLI's logger at `level`: readable lines on stderr (see {@link operatorLine}). */
export function cliLogger(level: string): Logger {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n"))
        if (line.trim()) process.stderr.write(`${operatorLine(line)}\n`);
      done();
    },
  });
  return createLogger({ level, destination });
}
