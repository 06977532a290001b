import { Worker } from "node:worker_threads";
import {
  CERTIFICATE_INSERT_COLUMNS,
  type SqlValue,
  type WriterReply,
  type WriterRequest,
  type WriterSettings,
} from "./sqlite-writer-protocol.ts";

/** Least time from a worker's stop to the next start, so a worker that cannot start does not spin. */
const RESTART_INTERVAL_MS = 1_000;

/** A write refused because the writer thread stopped or is closed; `code` tells which. */
export class SqliteWriterError extends Error {
  constructor(
    readonly code: "sqlite_writer_stopped" | "sqlite_writer_closed",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the owner may hear of the thread's life; called synchronously, exceptions are not caught. */
export interface SqliteWriterEvents {
  /**
   * The worker stopped unexpectedly; batches in flight were refused (their transaction may or may
   * not have committed).
   */
  onStopped?(error: Error): void;
  /** A new worker was started after one had stopped. */
  onRestarted?(): void;
}

interface Waiter {
  resolve: (outcome: { inserted: string[]; updated: string[] }) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread with its own connection to the SQLite file, which runs the issuance engine's
 * batched certificate writes (see certificate-writes.ts).
 *
 * Why a thread: better-sqlite3 runs every statement on the calling thread. On the main thread, a
 * batch (multi-row INSERT, UPDATE, COMMIT with its fsync) held the event loop for several
 * milliseconds, while returned signatures waited for their next C_SignInit and the token sessions
 * sat idle. Measured with `npm run bench -- pki`. WAL mode lets the main connection read meanwhile;
 * its own writes wait for the lock (busy timeout) like any second writer's.
 *
 * When the worker stops (a crash, an out-of-memory kill of the thread), the batches in flight are
 * refused with `sqlite_writer_stopped` and the next write starts a new worker (a second after the
 * stop at the earliest; writes meanwhile are refused at once), so the service goes on without a
 * restart. A refused batch is safe to retry: its transaction either committed whole or not at all,
 * and the engine's writes are idempotent.
 */
export class SqliteWriterThread {
  readonly #settings: WriterSettings;
  readonly #workerUrl: URL;
  readonly #events: SqliteWriterEvents;
  #worker: Worker | undefined;
  #waiting = new Map<number, Waiter>();
  #seq = 0;
  #stopped: Error | undefined;
  /** When the last worker stopped (a new one starts no sooner than the interval after it). */
  #stoppedAt = Number.NEGATIVE_INFINITY;
  readonly #restartIntervalMs: number;
  #closed = false;

  /**
   * @param options.workerUrl the worker script; tests substitute one that fails on purpose.
   * @param options.restartIntervalMs least time from a stop to the next start; default 1 s.
   */
  constructor(
    file: string,
    busyTimeoutMs: number,
    options: { workerUrl?: URL; events?: SqliteWriterEvents; restartIntervalMs?: number } = {},
  ) {
    this.#restartIntervalMs = options.restartIntervalMs ?? RESTART_INTERVAL_MS;
    this.#settings = { file, busyTimeoutMs, columns: [...CERTIFICATE_INSERT_COLUMNS] };
    this.#workerUrl = options.workerUrl ?? new URL("./sqlite-writer-worker.mjs", import.meta.url);
    this.#events = options.events ?? {};
    this.#start();
  }

  /** Runs one batch in one transaction; resolves with the ids the INSERT stored and the UPDATE moved. */
  write(
    inserts: SqlValue[][],
    updates: [string, Uint8Array][],
  ): Promise<{ inserted: string[]; updated: string[] }> {
    if (this.#closed)
      return Promise.reject(
        new SqliteWriterError("sqlite_writer_closed", "the SQLite writer thread is closed"),
      );
    if (!this.#worker) {
      if (performance.now() - this.#stoppedAt < this.#restartIntervalMs) return Promise.reject(this.#stopped);
      this.#start();
      this.#events.onRestarted?.();
    }
    const worker = this.#worker as Worker;
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { resolve, reject });
      worker.ref();
      const request: WriterRequest = { seq, inserts, updates };
      worker.postMessage(request);
    });
  }

  /** Stops the thread; batches still queued fail. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = undefined;
    this.#refuseWaiting(new SqliteWriterError("sqlite_writer_closed", "the SQLite writer thread is closed"));
    await worker?.terminate();
  }

  #start(): void {
    const worker = new Worker(this.#workerUrl, { workerData: this.#settings });
    this.#worker = worker;
    worker.unref();
    worker.on("message", (reply: WriterReply) => {
      const waiter = this.#waiting.get(reply.seq);
      this.#waiting.delete(reply.seq);
      if (!waiter) return;
      if (reply.error) {
        const error = new Error(reply.error.message) as Error & { code?: string };
        error.code = reply.error.code;
        waiter.reject(error);
      } else waiter.resolve({ inserted: reply.inserted, updated: reply.updated });
      if (this.#waiting.size === 0) worker.unref();
    });
    let reported = false;
    const stopped = (cause: Error | number) => {
      // "error" is followed by "exit": the first one speaks, and only for the current worker
      if (reported || this.#worker !== worker) return;
      reported = true;
      this.#worker = undefined;
      this.#stoppedAt = performance.now();
      const reason = typeof cause === "number" ? `exit code ${cause}` : cause.message;
      const error = new SqliteWriterError(
        "sqlite_writer_stopped",
        `the SQLite writer thread stopped (${reason}); the batch may not be stored, retry it`,
        typeof cause === "number" ? undefined : { cause },
      );
      this.#stopped = error;
      this.#refuseWaiting(error);
      this.#events.onStopped?.(error);
    };
    worker.on("error", stopped);
    worker.on("exit", stopped);
  }

  #refuseWaiting(error: Error): void {
    const waiting = this.#waiting;
    this.#waiting = new Map();
    for (const waiter of waiting.values()) waiter.reject(error);
  }
}
