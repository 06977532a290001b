/**
 * Hostile tester (PostgreSQL under attack, without restarting the shared server): the database
 * stops answering without closing anything (a network black hole between the service and its
 * PostgreSQL, packets dropped) or a table stays locked by a stuck transaction. The pool had no
 * connect timeout, no query timeout and no statement timeout: every query waited for ever (a chat
 * message waited 29 s behind a 30 s table lock, and for good behind a black hole), so requests hung
 * instead of failing fast with 503 `storage_unavailable`. Now a query fails within the pool's
 * timeouts with an error the HTTP layer answers 503, and the pool recovers by itself once the
 * database answers again (no restart).
 */
import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../../adapters/db/database.ts";
import { isStorageUnavailable } from "../../../adapters/db/storage-errors.ts";
import { assertPostgresReachable, testPostgresUrl } from "../../helpers/databases.ts";

/** A TCP relay to the test PostgreSQL that can swallow everything (a black hole) until thawed. */
class FreezableRelay {
  frozen = false;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  constructor(target: URL) {
    this.#server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.#sockets.add(from);
        from.on("data", (chunk) => {
          if (!this.frozen) to.write(chunk);
        });
        from.on("error", () => to.destroy());
        from.on("close", () => {
          this.#sockets.delete(from);
          to.destroy();
        });
      }
    });
  }
  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    return (this.#server.address() as { port: number }).port;
  }
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

const schema = `t_${randomBytes(6).toString("hex")}`;
let relay: FreezableRelay;
let database: OpenDatabase;

beforeAll(async () => {
  await assertPostgresReachable();
  const target = new URL(testPostgresUrl);
  relay = new FreezableRelay(target);
  const url = new URL(testPostgresUrl);
  url.hostname = "127.0.0.1";
  url.port = String(await relay.listen());
  database = await openDatabase({ dialect: "postgresql", url: url.toString(), schema });
}, 60_000);

afterAll(async () => {
  relay.frozen = false;
  await database?.close().catch(() => {});
  await relay?.close();
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

/** How long the query took to settle, and its error (none: it succeeded). */
async function timed(query: () => Promise<unknown>): Promise<{ ms: number; error?: unknown }> {
  const started = performance.now();
  try {
    await query();
    return { ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe("PostgreSQL that stops answering", () => {
  it("a table locked by a stuck transaction: the query fails within seconds as storage unavailable", async () => {
    const locker = new pg.Client({ connectionString: testPostgresUrl });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "${schema}"."Conversation" IN ACCESS EXCLUSIVE MODE`);
    try {
      const result = await timed(() => database.db.conversation.findUnique({ where: { id: "web_x" } }));
      expect(result.error).toBeDefined();
      expect(isStorageUnavailable(result.error)).toBe(true);
      expect(result.ms).toBeLessThan(15_000);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    const after = await timed(() => database.db.conversation.findUnique({ where: { id: "web_x" } }));
    expect(after.error).toBeUndefined();
  }, 60_000);

  it("a black hole between the service and the database: queries fail within seconds, then recover once it answers again", async () => {
    await database.db.conversation.findUnique({ where: { id: "web_y" } }); // a pooled connection exists
    relay.frozen = true;
    const during = await timed(() => database.db.conversation.findUnique({ where: { id: "web_y" } }));
    expect(during.error).toBeDefined();
    expect(isStorageUnavailable(during.error)).toBe(true);
    expect(during.ms).toBeLessThan(15_000);
    relay.frozen = false;
    const after = await timed(() => database.db.conversation.findUnique({ where: { id: "web_y" } }));
    expect(after.error).toBeUndefined();
    expect(after.ms).toBeLessThan(15_000);
  }, 60_000);
});
