import { afterEach, describe, expect, it } from "vitest";
import { PrismaConversationStore } from "../../../adapters/db/conversation-store.ts";
import { PrismaRetentionStore } from "../../../adapters/db/retention-store.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { applyRetention, defaultRetentionPolicy } from "../../../core/ra/retention.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("PrismaConversationStore on $name", (dialect) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it("creates web sessions with only the token hash and saves and reloads state through a small cache", async () => {
    const database = await freshDatabase(dialect);
    dispose = database.dispose;
    const clock = new FrozenClock("2026-11-25T10:00:00Z");
    const store = new PrismaConversationStore(database.db, clock, { cacheSize: 2 });
    await store.createSession({ id: "web_a", tokenHash: "ab".repeat(32), locale: "en" });
    expect(await store.findSession("web_a")).toEqual({
      id: "web_a",
      tokenHash: "ab".repeat(32),
      locale: "en",
    });
    await store.save("web_a", { flow: "menu", step: 1 });
    await store.save("tg_1", { flow: "apply" }, { channel: "telegram" });
    await store.save("tg_2", { flow: "apply" }, { channel: "telegram" });
    expect(store.cachedCount).toBe(2);
    // web_a was evicted from the cache; a fresh store (another process) reads the same rows.
    const other = new PrismaConversationStore(database.db, clock);
    expect(await other.load("web_a")).toEqual({ flow: "menu", step: 1 });
    expect(await store.load("web_a")).toEqual({ flow: "menu", step: 1 });
    expect(await store.findSession("tg_1")).toBeUndefined();
    expect(await store.load("nope")).toBeUndefined();
    const row = await database.db.conversation.findUnique({ where: { id: "web_a" } });
    expect(row?.tokenHash).toBe("ab".repeat(32));
    expect(row?.channel).toBe("web");
    await expect(
      store.createSession({ id: "web_a", tokenHash: "cd".repeat(32), locale: "tr" }),
    ).rejects.toThrow();
  });

  it("writes concurrent saves through in shared transactions; a failing write rejects alone", async () => {
    const database = await freshDatabase(dialect);
    dispose = database.dispose;
    const clock = new FrozenClock("2026-11-25T10:00:00Z");
    let transactions = 0;
    const counted = new Proxy(database.db, {
      get(target, key) {
        const value = target[key as keyof typeof target];
        if (key !== "$transaction") return value;
        return (...args: unknown[]) => {
          transactions++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const store = new PrismaConversationStore(counted, clock);
    const ids = Array.from({ length: 20 }, (_, i) => `web_${i}`);
    await Promise.all(ids.map((id) => store.createSession({ id, tokenHash: "ab".repeat(32), locale: "tr" })));
    const results = await Promise.allSettled([
      ...ids.map((id, i) => store.save(id, { v: 1, misses: i })),
      store.createSession({ id: "web_3", tokenHash: "cd".repeat(32), locale: "tr" }),
    ]);
    expect(results.slice(0, 20).every((r) => r.status === "fulfilled")).toBe(true);
    // 41 writes in two bursts: a couple of shared transactions, not one per write.
    expect(transactions).toBeGreaterThan(0);
    expect(transactions).toBeLessThanOrEqual(4);
    expect(results[20]?.status).toBe("rejected");
    const rows = await database.db.conversation.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(JSON.parse(row.state)).toEqual({ v: 1, misses: Number(row.id.slice(4)) });
    expect((await store.findSession("web_3"))?.tokenHash).toBe("ab".repeat(32));
  });

  it("hands out a fresh copy of the state on every load, so an unsaved change never leaks", async () => {
    const database = await freshDatabase(dialect);
    dispose = database.dispose;
    const store = new PrismaConversationStore(database.db, new FrozenClock("2026-11-25T10:00:00Z"));
    await store.save("tg_9", { v: 1, flow: { name: "menu" } }, { channel: "telegram" });
    const first = (await store.load("tg_9")) as { flow: { name: string } };
    first.flow.name = "changed but not saved";
    expect(await store.load("tg_9")).toEqual({ v: 1, flow: { name: "menu" } });
  });

  it("forgets a cached conversation the retention sweep deleted, and writes a turn it cut short anew", async () => {
    const database = await freshDatabase(dialect);
    dispose = database.dispose;
    const clock = new FrozenClock("2026-11-20T07:00:00Z");
    const store = new PrismaConversationStore(database.db, clock);
    await store.createSession({ id: "web_old", tokenHash: "ab".repeat(32), locale: "en" });
    await store.save("web_old", { flow: "apply", vkn: "3230512384" });
    await store.create({ id: "tg-42", channel: "telegram", externalId: "42", locale: "tr", state: null });
    expect(await store.load("tg-42")).toBeUndefined();
    expect(await store.get("tg-42")).toBeDefined();
    clock.advance(31 * 24 * 60 * 60 * 1000);
    const sweep = await applyRetention(
      new PrismaRetentionStore(database.db),
      defaultRetentionPolicy,
      clock.now(),
    );
    expect(sweep.conversations).toBe(2);
    // cached before the sweep: still never handed out
    expect(await store.findSession("web_old")).toBeUndefined();
    expect(await store.load("web_old")).toBeUndefined();
    expect(await store.get("web_old")).toBeUndefined();
    expect(await store.get("tg-42")).toBeUndefined();
    await store.save("web_old", { flow: "menu" }, { channel: "web" });
    expect(await store.load("web_old")).toEqual({ flow: "menu" });

    // deleted between a turn's load and its save: the row is written anew with what was known
    await store.create({ id: "tg-43", channel: "telegram", externalId: "43", locale: "en", state: null });
    expect(await store.get("tg-43")).toBeDefined();
    await database.db.conversation.delete({ where: { id: "tg-43" } });
    await store.save("tg-43", { flow: "menu" }, { channel: "telegram" });
    const row = await database.db.conversation.findUnique({ where: { id: "tg-43" } });
    expect(row).toMatchObject({ channel: "telegram", externalId: "43", locale: "en" });
    expect(JSON.parse(row!.state)).toEqual({ flow: "menu" });
  });
});
