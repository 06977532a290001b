import pg from "pg";
import type { FullWatch } from "./storage-full-watch.ts";

type Callback = (error: Error | undefined, result: unknown) => void;

/** The SQL text of a `query()` call's first argument (a string or a query config), if any. */
function sqlOf(first: unknown): string | undefined {
  if (typeof first === "string") return first;
  if (first !== null && typeof first === "object" && "text" in first && typeof first.text === "string")
    return first.text;
  return undefined;
}

/**
 * A `pg.Client` class (for the pool's `Client` option) whose every statement, from Prisma's adapter
 * and from the raw writes on the same pool alike, is reported to `watch`: PostgreSQL's 53100
 * `disk_full` ("could not extend file … No space left on device") marks the storage full for the
 * health check until a write succeeds again, as SQLite's adapter does (adapters/db/sqlite-lock-wait.ts).
 * Its `SELECT 1` needs no room, so without this `/healthz` stayed 200 while every write was refused.
 * Both call forms are watched: a promise (Prisma) and a last-argument callback (`pool.query`);
 * a submittable query object (a cursor) passes unwatched.
 */
export function fullWatchingClient(watch: FullWatch): typeof pg.Client {
  class FullWatchingClient extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg's query() is overloaded; the arguments pass through as given
    override query(...args: any[]): any {
      const first: unknown = args[0];
      const run = super.query as (...a: unknown[]) => unknown;
      if (first !== null && typeof first === "object" && "submit" in first) return run.apply(this, args);
      const sql = sqlOf(first);
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last] as Callback;
        args[last] = (error: Error | undefined, result: unknown) => {
          watch.note(sql, error ?? undefined);
          callback(error, result);
        };
        return run.apply(this, args);
      }
      const answer = run.apply(this, args) as Promise<unknown>;
      return answer.then(
        (result) => {
          watch.note(sql);
          return result;
        },
        (error: unknown) => {
          watch.note(sql, error);
          throw error;
        },
      );
    }
  }
  return FullWatchingClient as typeof pg.Client;
}
