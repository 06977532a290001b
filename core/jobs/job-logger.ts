/** The log calls the job runner and its handlers make; a pino logger fits. Lines must carry no personal data unmasked. */
export interface JobLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** A logger that drops everything. */
export const silentJobLogger: JobLogger = { info() {}, warn() {}, error() {} };
