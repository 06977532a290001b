import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { isStorageBusy } from "./storage-errors.ts";
import { FullWatch } from "./storage-full-watch.ts";

/**
 * SQLite lock waits off the event loop (docs/decisions/0007-sqlite-lock-wait-off-the-loop.md).
 *
 * better-sqlite3 runs every statement on the calling thread, and its busy timeout waits for a
 * locked file inside SQLite's busy handler, on that thread: another process holding the file's
 * write lock (a backup tool, the sqlite3 shell's `BEGIN EXCLUSIVE`) held the whole event loop for up
 * to the timeout per statement. Here the connection has no busy timeout: a statement that finds the
 * file locked fails at once with `SQLITE_BUSY`, and {@link retryWhileBusy} runs it again after a
 * pause on a timer, the event loop free meanwhile, until a deadline; then the last `SQLITE_BUSY`
 * error is thrown (503 `storage_busy`, adapters/http/errors.ts).
 */

type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;
type SqlQuery = Parameters<SqlDriverAdapter["queryRaw"]>[0];
type IsolationLevel = Parameters<SqlDriverAdapter["startTransaction"]>[0];

/** What the storage health check says of a SQLite file: usable, locked by another process, or full. */
export type StorageState = "ok" | "busy" | "full";

/** The first pause after a busy answer; each next one doubles, up to {@link LONGEST_PAUSE_MS}. */
const FIRST_PAUSE_MS = 1;
const LONGEST_PAUSE_MS = 50;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` and, while it fails with `SQLITE_BUSY`, again after a pause (1, 2, 4 … 50 ms)
 * until `waitMs` have passed since the first try; then throws the last busy error. Any other error
 * is thrown at once. An attempt must have changed nothing when it fails busy: SQLite refuses a
 * statement or `BEGIN IMMEDIATE` before it writes.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const left = deadline - performance.now();
      if (!isStorageBusy(error) || left <= 0) throw error;
      await sleep(Math.min(pause, left));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}

/** The connection's turn, taken in order of asking: by a statement alone, or by a whole transaction. */
class ConnectionTurn {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * The driver adapter over Prisma's better-sqlite3 adapter (its row and error conversions are kept):
 * lock waits go through {@link retryWhileBusy}, and one connection is used by one caller at a time.
 * Prisma's adapter runs a statement sent outside a transaction on the same connection as an open
 * interactive transaction, so it joined that transaction: it saw its uncommitted rows and was undone
 * by its rollback after being answered as done. Here a statement waits for its turn: while a
 * transaction is open, it runs after that transaction's COMMIT or ROLLBACK.
 *
 * A transaction starts with `BEGIN IMMEDIATE`: it takes the write lock before its first statement
 * (waited for like a statement, with the connection's turn given back between tries, so reads go
 * on meanwhile); once taken, nothing inside the transaction waits for a lock, and no transaction
 * fails half-way because another connection (the writer thread, another process) wrote first.
 */
class LockWaitingSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #turn = new ConnectionTurn();
  readonly #full = new FullWatch();

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly waitMs: number,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.#alone(() => this.#full.watch(query.sql, () => this.inner.queryRaw(query)));
  }

  executeRaw(query: SqlQuery) {
    return this.#alone(() => this.#full.watch(query.sql, () => this.inner.executeRaw(query)));
  }

  executeScript(script: string) {
    return this.#alone(() => this.#full.watch(undefined, () => this.inner.executeScript(script)));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // Prisma's adapter refuses any level but SERIALIZABLE (SQLite's only one) with its own error
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      return this.inner.startTransaction(isolationLevel);
    return retryWhileBusy(async () => {
      await this.#turn.take();
      try {
        await this.inner.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        this.#turn.give();
        throw error;
      }
      return new LockedTransaction(this.inner, this.#full, () => this.#turn.give());
    }, this.waitMs);
  }

  /**
   * The storage's state for the health check: `busy` while another connection holds the file's
   * write lock (one `BEGIN IMMEDIATE` without waiting, rolled back at once), `full` since a write
   * failed for lack of room and until one succeeds, else `ok`.
   */
  async storageState(): Promise<StorageState> {
    await this.#turn.take();
    try {
      await this.inner.executeRaw(statement("BEGIN IMMEDIATE"));
      await this.inner.executeRaw(statement("ROLLBACK"));
    } catch (error) {
      if (isStorageBusy(error)) return "busy";
      throw error;
    } finally {
      this.#turn.give();
    }
    return this.#full.full ? "full" : "ok";
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  async #alone<T>(run: () => Promise<T>): Promise<T> {
    return retryWhileBusy(async () => {
      await this.#turn.take();
      try {
        return await run();
      } finally {
        this.#turn.give();
      }
    }, this.waitMs);
  }
}

/** An open `BEGIN IMMEDIATE` transaction holding the connection's turn until it ends. */
class LockedTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  /** Prisma sends COMMIT and ROLLBACK as statements, then calls commit() or rollback(). */
  readonly options = { usePhantomQuery: false };
  #open = true;
  #ended = false;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly full: FullWatch,
    private readonly giveTurn: () => void,
  ) {
    this.adapterName = inner.adapterName;
  }

  async queryRaw(query: SqlQuery) {
    this.#assertOpen();
    return this.full.watch(query.sql, () => this.inner.queryRaw(query));
  }

  async executeRaw(query: SqlQuery) {
    this.#assertOpen();
    const changes = await this.full.watch(query.sql, () => this.inner.executeRaw(query));
    if (/^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i.test(query.sql)) this.#ended = true;
    return changes;
  }

  async createSavepoint(name: string): Promise<void> {
    await this.executeRaw(statement(`SAVEPOINT ${name}`));
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.executeRaw(statement(`ROLLBACK TO ${name}`));
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.executeRaw(statement(`RELEASE SAVEPOINT ${name}`));
  }

  commit(): Promise<void> {
    return this.#end();
  }

  rollback(): Promise<void> {
    return this.#end();
  }

  /**
   * Gives the connection back. Prisma calls rollback() without a ROLLBACK statement when its COMMIT
   * failed: the transaction is rolled back here then, so that it never outlives its caller.
   */
  async #end(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    try {
      if (!this.#ended) await this.inner.executeRaw(statement("ROLLBACK")).catch(() => {});
    } finally {
      this.giveTurn();
    }
  }

  #assertOpen(): void {
    if (!this.#open) throw new Error("the SQLite transaction has ended");
  }
}

/**
 * The adapter factory handed to the SQLite Prisma client in place of Prisma's own, whose
 * connections it wraps (see {@link LockWaitingSqliteAdapter}). Its connection must have no busy
 * timeout (`timeout: 0`), else the waits happen on the event loop again.
 */
export class LockWaitingSqlite {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  #connected: LockWaitingSqliteAdapter | undefined;

  constructor(
    private readonly inner: PrismaBetterSqlite3,
    private readonly waitMs: number,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    this.#connected = new LockWaitingSqliteAdapter(await this.inner.connect(), this.waitMs);
    return this.#connected;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new LockWaitingSqliteAdapter(await this.inner.connectToShadowDb(), this.waitMs);
  }

  /** The storage's state for the health check (`ok` before the client connected). */
  storageState(): Promise<StorageState> {
    return this.#connected?.storageState() ?? Promise.resolve("ok");
  }
}
