import { Worker } from "node:worker_threads";
import {
  CERTIFICATE_INSERT_COLUMNS,
  type SqlValue,
  type WriterReply,
  type WriterRequest,
  type WriterSettings,
} from "./sqlite-writer-protocol.ts";

/**
 * A worker thread with its own connection to the SQLite file, which runs the issuance engine's
 * batched certificate writes (see certificate-writes.ts).
 *
 * Why a thread: better-sqlite3 runs every statement on the calling thread. On the main thread, a
 * batch (multi-row INSERT, UPDATE, COMMIT with its fsync) held the event loop for several
 * milliseconds, while returned signatures waited for their next C_SignInit and the token sessions
 * sat idle. Measured with `npm run bench -- pki`. WAL mode lets the main connection read meanwhile;
 * its own writes wait for the lock (busy timeout) like any second writer's.
 */
export class SqliteWriterThread {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (ids: string[]) => void; reject: (error: Error) => void }>();
  #seq = 0;
  #failure: Error | undefined;

  constructor(file: string, busyTimeoutMs: number) {
    const settings: WriterSettings = { file, busyTimeoutMs, columns: [...CERTIFICATE_INSERT_COLUMNS] };
    this.#worker = new Worker(new URL("./sqlite-writer-worker.mjs", import.meta.url), {
      workerData: settings,
    });
    this.#worker.unref();
    this.#worker.on("message", (reply: WriterReply) => {
      const waiter = this.#waiting.get(reply.seq);
      this.#waiting.delete(reply.seq);
      if (!waiter) return;
      if (reply.error) {
        const error = new Error(reply.error.message) as Error & { code?: string };
        error.code = reply.error.code;
        waiter.reject(error);
      } else waiter.resolve(reply.inserted);
      if (this.#waiting.size === 0) this.#worker.unref();
    });
    const fail = (error: Error) => {
      this.#failure ??= error;
      for (const waiter of this.#waiting.values()) waiter.reject(this.#failure);
      this.#waiting.clear();
    };
    this.#worker.on("error", (e) => {
      console.error("worker error", e);
      fail(e);
    });
    this.#worker.on("exit", (code) =>
      fail(new Error(`the SQLite writer thread stopped (exit code ${code})`)),
    );
  }

  /** Runs one batch in one transaction; resolves with the ids the INSERT stored. */
  write(inserts: SqlValue[][], updates: [string, Uint8Array][]): Promise<string[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { resolve, reject });
      this.#worker.ref();
      const request: WriterRequest = { seq, inserts, updates };
      this.#worker.postMessage(request);
    });
  }

  /** Stops the thread; batches still queued fail. */
  async close(): Promise<void> {
    if (this.#failure) return;
    this.#failure = new Error("the SQLite writer thread is closed");
    await this.#worker.terminate();
  }
}
