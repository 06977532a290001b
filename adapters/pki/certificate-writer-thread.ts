import type { Logger } from "pino";
import { SQLITE_BUSY_TIMEOUT_MS } from "../db/database.ts";
import { SqliteWriterThread } from "../db/sqlite-writer-thread.ts";

/**
 * The writer thread of certificate writes when storage is SQLite (`sqliteFile` set), else none
 * ([decision 0003](../../docs/decisions/0003-sqlite-writer-thread.md)). A stopped thread is
 * logged; it restarts at the next write.
 */
export function certificateWriterThread(
  sqliteFile: string | undefined,
  logger: Logger,
): SqliteWriterThread | undefined {
  if (!sqliteFile) return undefined;
  return new SqliteWriterThread(sqliteFile, SQLITE_BUSY_TIMEOUT_MS, {
    events: {
      onStopped: (error) =>
        logger.error(
          { err: error, code: "sqlite_writer_stopped" },
          "certificate writer thread stopped: batches in flight were refused; it restarts at the next write",
        ),
      onRestarted: () => logger.warn("certificate writer thread restarted"),
    },
  });
}
