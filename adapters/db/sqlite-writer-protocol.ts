/** Messages between SqliteWriterThread (sqlite-writer-thread.ts) and its worker (sqlite-writer-worker.mjs). */

/** The Certificate columns a pending insert writes, in the order of each row's values. */
export const CERTIFICATE_INSERT_COLUMNS = [
  "id",
  "serial",
  "issuanceKey",
  "orderId",
  "vkn",
  "subjectCn",
  "kind",
  "profile",
  "issuerId",
  "tbsDer",
  "state",
  "notBefore",
  "notAfter",
  "tokenUri",
  "createdAt",
] as const;

/** A SQL parameter as the worker binds it: dates are already text, as Prisma's SQLite adapter writes them. */
export type SqlValue = string | number | null | Uint8Array;

/** What the worker is started with. */
export interface WriterSettings {
  file: string;
  busyTimeoutMs: number;
  /** {@link CERTIFICATE_INSERT_COLUMNS}: the worker is plain JavaScript and does not import this module. */
  columns: string[];
}

/** One batch: rows to insert (values in {@link CERTIFICATE_INSERT_COLUMNS} order) and `[id, certDer]` updates. */
export interface WriterRequest {
  seq: number;
  inserts: SqlValue[][];
  updates: [string, Uint8Array][];
}

/**
 * The ids the INSERT stored (the others existed already) and the ids the UPDATE moved from pending
 * to issued (the others were issued already), or the error that rolled the batch back.
 */
export type WriterReply =
  | { seq: number; inserted: string[]; updated: string[]; error?: undefined }
  | { seq: number; error: { message: string; code?: string }; inserted?: undefined };

/** A date as Prisma's SQLite adapter stores it (ISO 8601 with `+00:00`), so Prisma reads it back alike. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
