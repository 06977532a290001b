/**
 * Group commit for Prisma writes: the writes queued during one event-loop turn (many chat turns of
 * the conversation store; the CA's certificate writes have their own, statement-level grouping in
 * certificate-writes.ts) run in one interactive
 * transaction, so one fsync serves them all; each write resolves once it is committed. When a
 * batch fails (one write hit a unique key, say), its writes are retried one by one, each on its
 * own, so every write still succeeds or fails alone.
 *
 * An interactive transaction, not the array form of `$transaction`: Prisma caches one query plan
 * per distinct array shape (up to 1 000 of them), which grew the heap by 100–150 MB under a
 * varying number of concurrent writes; single-query plans are cached once.
 */

/** A client that can run an interactive transaction handing the same kind of client to the callback. */
export interface GroupCommitClient<W> {
  $transaction<R>(work: (tx: W) => Promise<R>): Promise<R>;
}

interface QueuedWrite<W> {
  run: (db: W) => PromiseLike<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Options of {@link WriteBatcher}. */
export interface WriteBatcherOptions {
  /** Most writes per transaction (default 256). */
  maxBatch?: number;
}

/** Queues writes and commits them in shared transactions. `W` is what a write may use (client or transaction). */
export class WriteBatcher<W> {
  readonly #queue: QueuedWrite<W>[] = [];
  #scheduled = false;
  #flushing = false;
  readonly #maxBatch: number;

  constructor(
    private readonly db: W & GroupCommitClient<W>,
    options: WriteBatcherOptions = {},
  ) {
    this.#maxBatch = options.maxBatch ?? 256;
  }

  /** Queues a write, given the client or the transaction it joins, and resolves with its result once committed. */
  run<T>(write: (db: W) => PromiseLike<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ run: write, resolve: resolve as (value: unknown) => void, reject });
      if (this.#scheduled || this.#flushing) return;
      this.#scheduled = true;
      // After the I/O callbacks of this loop turn, so that the writes they queue join the batch.
      setImmediate(() => {
        this.#scheduled = false;
        void this.#flush();
      });
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#queue.length > 0) await this.#commit(this.#queue.splice(0, this.#maxBatch));
    } finally {
      this.#flushing = false;
    }
  }

  async #commit(batch: QueuedWrite<W>[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const results = await this.db.$transaction(async (tx) => {
          const out: unknown[] = [];
          for (const write of batch) out.push(await write.run(tx));
          return out;
        });
        for (const [i, write] of batch.entries()) write.resolve(results[i]);
        return;
      } catch {
        // Find out which write failed: each on its own.
      }
    }
    for (const write of batch) {
      try {
        write.resolve(await write.run(this.db));
      } catch (error) {
        write.reject(error);
      }
    }
  }
}
