/**
 * The Handoff table on both dialects, with two connections over one database as two instances
 * would have: one active hand-off per conversation, and of racing takes or closes exactly one wins.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../../adapters/db/database.ts";
import { PrismaHandoffStore } from "../../../adapters/db/handoff-store.ts";
import type { NewHandoff } from "../../../bot/handoff/handoff-repository.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

const openedAt = new Date("2026-11-25T07:00:00Z");
const later = new Date("2026-11-25T07:05:00Z");

function handoff(ticket: string, conversationId = "conv-1"): NewHandoff {
  return { ticket, conversationId, channel: "web", locale: "tr", summary: "konu=menü", openedAt };
}

describe.each(testDialects)("PrismaHandoffStore on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Two stores over one fresh database, each on its own connection. */
  async function twoStores(): Promise<[PrismaHandoffStore, PrismaHandoffStore]> {
    const first = await freshDatabase(dialect);
    cleanups.push(first.dispose);
    const second: OpenDatabase = await openDatabase(first.location);
    cleanups.push(() => second.close());
    return [new PrismaHandoffStore(first.db), new PrismaHandoffStore(second.db)];
  }

  it("stores an open hand-off and finds it by conversation, ticket and desk thread", async () => {
    const [a, b] = await twoStores();
    const { record, created } = await a.openOrReuse(handoff("T-AAAAAAAA"));
    expect(created).toBe(true);
    expect(record).toMatchObject({ ticket: "T-AAAAAAAA", status: "open", channel: "web", locale: "tr" });
    await a.setDeskThread("T-AAAAAAAA", "C1:1700000000.000100");
    const seen = await b.active("conv-1");
    expect(seen).toMatchObject({
      ticket: "T-AAAAAAAA",
      deskThread: "C1:1700000000.000100",
      summary: "konu=menü",
    });
    expect(seen?.openedAt.toISOString()).toBe(openedAt.toISOString());
    expect((await b.byDeskThread("C1:1700000000.000100"))?.ticket).toBe("T-AAAAAAAA");
    expect(await b.byTicket("T-ZZZZZZZZ")).toBeUndefined();
  });

  it("keeps one active hand-off per conversation, also when two instances open at once", async () => {
    const [a, b] = await twoStores();
    const results = await Promise.all([
      a.openOrReuse(handoff("T-AAAAAAAA")),
      b.openOrReuse(handoff("T-BBBBBBBB")),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0]!.record.ticket).toBe(results[1]!.record.ticket);
    const other = await a.openOrReuse(handoff("T-CCCCCCCC", "conv-2"));
    expect(other.created).toBe(true);
  });

  it("lets exactly one of two racing agents take a hand-off", async () => {
    const [a, b] = await twoStores();
    await a.openOrReuse(handoff("T-AAAAAAAA"));
    const wins = await Promise.all([a.take("T-AAAAAAAA", "U1", later), b.take("T-AAAAAAAA", "U2", later)]);
    expect(wins.filter(Boolean)).toHaveLength(1);
    const stored = await a.byTicket("T-AAAAAAAA");
    expect(stored?.status).toBe("taken");
    expect(stored?.agentId).toBe(wins[0] ? "U1" : "U2");
    expect(stored?.takenAt?.toISOString()).toBe(later.toISOString());
  });

  it("keeps when it was taken apart from when its agent last wrote", async () => {
    const [a, b] = await twoStores();
    await a.openOrReuse(handoff("T-AAAAAAAA"));
    await a.take("T-AAAAAAAA", "U1", later);
    const wrote = new Date(later.getTime() + 60_000);
    await b.agentWrote("T-AAAAAAAA", "U1", wrote);
    await b.agentWrote("T-AAAAAAAA", "U2", new Date(wrote.getTime() + 60_000)); // not its agent
    const stored = await a.byTicket("T-AAAAAAAA");
    expect(stored?.takenAt?.toISOString()).toBe(later.toISOString());
    expect(stored?.agentActiveAt?.toISOString()).toBe(wrote.toISOString());
  });

  it("closes only under its condition and frees the conversation for a new hand-off", async () => {
    const [a, b] = await twoStores();
    await a.openOrReuse(handoff("T-AAAAAAAA"));
    await a.take("T-AAAAAAAA", "U1", later);
    expect(await b.close("T-AAAAAAAA", "timeout", later, "open")).toBe(false);
    expect(await b.close("T-AAAAAAAA", "agent_finished", later, { agentId: "U2" })).toBe(false);
    expect((await a.active("conv-1"))?.status).toBe("taken");
    const closes = await Promise.all([
      a.close("T-AAAAAAAA", "agent_finished", later, { agentId: "U1" }),
      b.close("T-AAAAAAAA", "customer_left", later, "active"),
    ]);
    expect(closes.filter(Boolean)).toHaveLength(1);
    const closed = await b.byTicket("T-AAAAAAAA");
    expect(closed).toMatchObject({
      status: "closed",
      closeReason: closes[0] ? "agent_finished" : "customer_left",
    });
    expect(await a.active("conv-1")).toBeUndefined();
    expect((await b.openOrReuse(handoff("T-DDDDDDDD"))).created).toBe(true);
  });

  it("lets exactly one of two instances close an open hand-off on timeout", async () => {
    const [a, b] = await twoStores();
    await a.openOrReuse(handoff("T-AAAAAAAA"));
    const closes = await Promise.all([
      a.close("T-AAAAAAAA", "timeout", later, "open"),
      b.close("T-AAAAAAAA", "timeout", later, "open"),
    ]);
    expect(closes.filter(Boolean)).toHaveLength(1);
    expect(await a.take("T-AAAAAAAA", "U1", later)).toBe(false);
  });
});
