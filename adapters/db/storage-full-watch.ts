import { isStorageFull } from "./storage-errors.ts";

/** A statement that writes (or commits what was written); `WITH … INSERT` is not told apart. */
const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|COMMIT)\b/i;

/**
 * Whether the storage is full, for the health check's `storage_full`: since a statement failed for
 * lack of room ({@link isStorageFull}: SQLite's `SQLITE_FULL`, PostgreSQL's 53100 `disk_full`,
 * `ENOSPC`) and until a write succeeds again. No write is made to find out, and a read that
 * succeeds meanwhile says nothing of the room left. Each driver reports every statement it runs
 * (adapters/db/sqlite-lock-wait.ts, adapters/db/pg-full-watch.ts).
 */
export class FullWatch {
  full = false;

  /** Notes how the statement `sql` ended: with `error`, or (none) successfully. */
  note(sql: string | undefined, error?: unknown): void {
    if (error !== undefined) {
      if (isStorageFull(error)) this.full = true;
    } else if (this.full && sql !== undefined && WRITE.test(sql)) this.full = false;
  }

  /** Runs `run` (the statement `sql`) and notes how it ended. */
  async watch<T>(sql: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.note(sql);
      return result;
    } catch (error) {
      this.note(sql, error ?? new Error("statement failed"));
      throw error;
    }
  }
}
