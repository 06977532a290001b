/**
 * Whether an error means the database cannot be reached right now (server down, restarting, the
 * connection dropped, no connection slot) rather than that the request was wrong: the HTTP layer
 * answers those with 503 `storage_unavailable` and the client may retry; the pool reconnects by
 * itself once the server is back, so the service needs no restart.
 */

/** Prisma's codes for an unreachable or vanished server (P1001 unreachable, P1017 closed …). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2037"]);
/** Driver-adapter error kinds of the same (adapter-pg, adapter-better-sqlite3). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** Socket errors of the driver. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
/**
 * PostgreSQL SQLSTATEs: 08… connection exceptions, 57P01–57P03 shutdown/restart, 53300 no slot,
 * 53200 a backend refused memory (out_of_memory: the server's, not the request's fault; the disk
 * has room, so not {@link isStorageFull}), 57014 a statement cancelled (its statement_timeout,
 * adapters/db/database.ts: a lock held too long).
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|57014|53[23]00)$/;
const MESSAGES =
  /connection terminated|query read timeout|timeout exceeded when trying to connect|canceling statement due to statement timeout|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|can't reach database server|server closed the connection|connection refused/i;

/**
 * Whether `test` holds for `error` or anything reached from it through `cause`, Prisma's `meta` or
 * a driver adapter's `driverAdapterError` (each object once: a cycle ends the walk).
 */
function anyInChain(error: unknown, test: (fields: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const fields = current as Record<string, unknown>;
    if (test(fields)) return true;
    queue.push(fields.cause, fields.meta, fields.driverAdapterError);
  }
  return false;
}

/** True when `error`, or anything in its `cause` chain or Prisma `meta`, says the database is unreachable. */
export function isStorageUnavailable(error: unknown): boolean {
  if (isStorageBusy(error) || isStorageFull(error)) return true;
  return anyInChain(error, (fields) => {
    const code = typeof fields.code === "string" ? fields.code : undefined;
    if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof fields.originalCode === "string" && SQLSTATE.test(fields.originalCode)) return true;
    if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
    return typeof fields.message === "string" && MESSAGES.test(fields.message);
  });
}

/** SQLite's busy codes: `SQLITE_BUSY` and its extended codes (`SQLITE_BUSY_SNAPSHOT` …). */
const SQLITE_BUSY = /^SQLITE_BUSY/;

/**
 * True when `error` (better-sqlite3's own, or Prisma's with the driver's error in its `meta` or
 * `cause`) says the SQLite file is locked by another connection: the database is there but busy
 * (answered 503 `storage_busy`; also storage unavailable for callers that know only that).
 */
export function isStorageBusy(error: unknown): boolean {
  return anyInChain(error, (fields) =>
    [fields.code, fields.originalCode].some((code) => typeof code === "string" && SQLITE_BUSY.test(code)),
  );
}

/** SQLite's `SQLITE_FULL`, PostgreSQL's 53100 `disk_full`, the system's `ENOSPC`. */
const FULL_CODES = /^(SQLITE_FULL|53100|ENOSPC)$/;
const FULL_MESSAGES = /database or disk is full|no space left on device|could not extend file/i;

/**
 * True when `error` says the storage has no room left for a write (the disk under the SQLite file
 * or PostgreSQL's data full, or SQLite's page limit reached): answered 503 `storage_full`, and
 * storage unavailable for callers that know only that. Reads still work.
 */
export function isStorageFull(error: unknown): boolean {
  return anyInChain(
    error,
    (fields) =>
      [fields.code, fields.originalCode].some((code) => typeof code === "string" && FULL_CODES.test(code)) ||
      [fields.message, fields.originalMessage].some(
        (message) => typeof message === "string" && FULL_MESSAGES.test(message),
      ),
  );
}
