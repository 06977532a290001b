/** What the web channel keeps per chat session, beside the engine's conversation state. */
export interface WebSession {
  id: string;
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  tokenHash: string;
  locale: "tr" | "en";
}

/** Storage of web chat sessions (the `Conversation` table in production, a map in tests). */
export interface WebSessionStore {
  /** Records a new session; the id is fresh and random. */
  createSession(session: WebSession): Promise<void>;
  /** The session with this id, or undefined. */
  findSession(id: string): Promise<WebSession | undefined>;
}

/** An in-memory {@link WebSessionStore} for tests and benchmarks. */
export class MemoryWebSessionStore implements WebSessionStore {
  readonly #sessions = new Map<string, WebSession>();
  async createSession(session: WebSession): Promise<void> {
    this.#sessions.set(session.id, { ...session });
  }
  async findSession(id: string): Promise<WebSession | undefined> {
    return this.#sessions.get(id);
  }
  /** Deletes a session, as the KVKK retention sweep deletes an idle conversation's row. */
  delete(id: string): void {
    this.#sessions.delete(id);
  }
  /** Ids of every session created so far. */
  ids(): string[] {
    return [...this.#sessions.keys()];
  }
}
