/**
 * Group commit for Prisma writes: writes queued while the event loop is busy (e.g. many issuances
 * whose signatures came back in the same I/O phase) are committed in one transaction, so one fsync
 * serves them all. Each write still resolves or fails on its own: when a batch fails (one write
 * hit a unique key, say), its writes are retried one by one, each in its own transaction.
 */

/** A write not yet run: Prisma query promises are lazy, so `make` is called inside the batch. */
interface QueuedWrite {
  make: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** What the batcher needs of a Prisma client: the array form of `$transaction`. */
export interface BatchTransactor {
  $transaction(queries: never[]): Promise<unknown[]>;
}

/** Options of {@link WriteBatcher}. */
export interface WriteBatcherOptions {
  /** Most writes per transaction (default 256). */
  maxBatch?: number;
}

/** Queues writes and commits them in shared transactions. */
export class WriteBatcher {
  readonly #queue: QueuedWrite[] = [];
  #scheduled = false;
  #flushing = false;
  readonly #maxBatch: number;

  constructor(
    private readonly db: BatchTransactor,
    options: WriteBatcherOptions = {},
  ) {
    this.#maxBatch = options.maxBatch ?? 256;
  }

  /** Queues a write (a function returning an un-awaited Prisma query) and resolves with its result. */
  run<T>(make: () => PromiseLike<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ make, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled || this.#flushing) return;
    this.#scheduled = true;
    // after the I/O callbacks of this loop turn, so that their writes join the batch
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#maxBatch);
        await this.#commit(batch);
      }
    } finally {
      this.#flushing = false;
    }
  }

  async #commit(batch: QueuedWrite[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const results = await this.db.$transaction(batch.map((w) => w.make()) as never[]);
        for (const [i, w] of batch.entries()) w.resolve(results[i]);
        return;
      } catch {
        // fall through: find out which write failed, each in its own transaction
      }
    }
    for (const write of batch) {
      try {
        write.resolve(await (write.make() as PromiseLike<unknown>));
      } catch (error) {
        write.reject(error);
      }
    }
  }
}
