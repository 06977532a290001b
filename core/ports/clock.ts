/** The time source of the core; injected so certificates, reminders and replays are reproducible. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; used by tests and the replay runner. */
export class FrozenClock implements Clock {
  #ms: number;
  constructor(start: Date | string | number) {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.#ms += ms;
  }
  /** Sets the clock to an instant. */
  set(to: Date | string | number): void {
    this.#ms = new Date(to).getTime();
  }
}
