import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaConversationStore } from "../../adapters/db/conversation-store.ts";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { testPostgresUrl } from "../helpers/databases.ts";
import { freshSchema } from "./scale-env.ts";

/** Two instances: each its own Prisma client and conversation store, one PostgreSQL schema. */
describe("the conversation store of two instances on one PostgreSQL schema", () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let a: OpenDatabase;
  let b: OpenDatabase;
  // one frozen clock for both: two saves in the same millisecond must still be seen
  const clock = new FrozenClock("2026-11-29T09:00:00Z");

  beforeEach(async () => {
    schema = await freshSchema();
    a = await openDatabase({ dialect: "postgresql", url: testPostgresUrl, schema: schema.schema });
    b = await openDatabase({ dialect: "postgresql", url: testPostgresUrl, schema: schema.schema });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await schema.drop();
  });

  it("instance A sees the state instance B saved after A cached the conversation", async () => {
    const storeA = new PrismaConversationStore(a.db, clock);
    const storeB = new PrismaConversationStore(b.db, clock);
    await storeA.createSession({ id: "c1", tokenHash: "h1", locale: "tr" });
    await storeA.save("c1", { step: "greeting", turns: 1 });
    expect(await storeA.load("c1")).toEqual({ step: "greeting", turns: 1 });

    expect(await storeB.load("c1")).toEqual({ step: "greeting", turns: 1 });
    await storeB.save("c1", { step: "ask_vkn", turns: 2 });

    // A's cache still holds turn 1: it must not hand that out
    expect(await storeA.load("c1")).toEqual({ step: "ask_vkn", turns: 2 });
    await storeA.save("c1", { step: "ask_title", turns: 3 });
    expect(await storeB.load("c1")).toEqual({ step: "ask_title", turns: 3 });
    expect(await storeB.findSession("c1")).toEqual({ id: "c1", tokenHash: "h1", locale: "tr" });
  });

  it("an unchanged row keeps serving the cached copy (a fresh copy per load)", async () => {
    const store = new PrismaConversationStore(a.db, clock);
    await store.save("c2", { step: "greeting" }, { channel: "web" });
    const first = (await store.load("c2")) as { step: string };
    first.step = "mutated by the caller";
    expect(await store.load("c2")).toEqual({ step: "greeting" });
    expect(store.cachedCount).toBe(1);
  });
});
