import { afterEach, describe, expect, it } from "vitest";
import { PrismaConversationStore } from "../../../adapters/db/conversation-store.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
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
});
