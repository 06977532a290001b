/**
 * The hand-off service over real storage with two instances (two connections, two job runners)
 * on one database, as two service processes would run: the timeout job releases an untaken
 * hand-off exactly once, agents take/reply/finish with conditional updates, a restart loses nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { PrismaHandoffStore } from "../../../adapters/db/handoff-store.ts";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { PrismaRetentionStore } from "../../../adapters/db/retention-store.ts";
import { handoffJobHandlers } from "../../../bot/handoff/handoff-jobs.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { JobRunner } from "../../../core/jobs/job-runner.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { RecordingDesk, RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { botTexts } from "../harness.ts";

const start = "2026-11-25T07:00:00Z";
const minute = 60_000;

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

describe.each(testDialects)("hand-off service, two instances on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function cluster() {
    const clock = new FrozenClock(start);
    const outbound = new RecordingOutbound();
    const desk = new RecordingDesk();
    const texts = await botTexts();
    const first = await freshDatabase(dialect);
    cleanups.push(first.dispose);
    const instance = async (db = first.db) => {
      const jobs = new PrismaJobStore(db);
      const service = new HandoffService({
        repository: new PrismaHandoffStore(db),
        jobs,
        outbound,
        desk,
        texts,
        clock,
      });
      const runner = new JobRunner({ store: jobs, owner: `runner-${Math.random()}` });
      for (const [kind, handler] of Object.entries(handoffJobHandlers(service)))
        runner.register(kind, handler);
      return { service, runner };
    };
    const a = await instance();
    const secondDb = await openDatabase(first.location);
    cleanups.push(() => secondDb.close());
    const b = await instance(secondDb.db);
    const reopen = async () => {
      const db = await openDatabase(first.location);
      cleanups.push(() => db.close());
      return instance(db.db);
    };
    return { clock, outbound, desk, a, b, reopen, db: first.db };
  }

  it("releases an untaken hand-off after 10 minutes, once, offering 444 5 576 and the menu", async () => {
    const { clock, outbound, desk, a, b } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-1",
      channel: "web",
      summary: "konu=application; kimlik=3230512384",
      locale: "tr",
    });
    expect(ticket).toMatch(/^T-[A-Z2-9]{8}$/);
    expect(desk.calls[0]).toMatchObject({ call: "opened", ticket });
    expect(desk.calls[0]!.detail).not.toContain("3230512384");
    expect((await b.service.find({ deskThread: "C1:1" }))?.ticket).toBe(ticket);
    expect(await b.service.isOpen("conv-1")).toBe(true);
    expect(
      (await b.service.requestAgent({ conversationId: "conv-1", channel: "web", summary: "x" })).ticket,
    ).toBe(ticket);

    clock.advance(10 * minute - 1000);
    await Promise.all([a.runner.runDueJobs(clock.now()), b.runner.runDueJobs(clock.now())]);
    expect(await a.service.isOpen("conv-1")).toBe(true);
    expect(outbound.pushed).toHaveLength(0);

    clock.advance(1000);
    await Promise.all([a.runner.runDueJobs(clock.now()), b.runner.runDueJobs(clock.now())]);
    expect(outbound.pushed).toHaveLength(1);
    const [notice] = outbound.pushed[0]!.messages;
    expect(notice!.text).toContain("444 5 576");
    expect(notice!.text).toContain(ticket);
    expect(notice!.buttons?.map((x) => x.label)).toEqual(expect.arrayContaining(["Başvuru", "Temsilci"]));
    expect(desk.names()).toEqual(["opened", "closed"]);
    expect(desk.calls[1]).toMatchObject({ status: "closed", detail: "timeout" });
    expect(await a.service.isOpen("conv-1")).toBe(false);
    expect(await b.service.active("conv-1")).toBeUndefined();
    await rejectsWith(b.service.take(ticket, "U1"), "handoff_closed");
    // A new request after the timeout opens a new ticket.
    const again = await b.service.requestAgent({ conversationId: "conv-1", channel: "web", summary: "x" });
    expect(again.ticket).not.toBe(ticket);
  });

  it("refuses to finish a hand-off nobody took: it stays open and the customer is told nothing", async () => {
    const { outbound, desk, a } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-1",
      channel: "web",
      summary: "s",
    });
    const told = outbound.textsTo("conv-1").length;
    await rejectsWith(a.service.finish(ticket, "U1"), "handoff_not_taken");
    expect((await a.service.find({ ticket }))?.status).toBe("open");
    expect(outbound.textsTo("conv-1")).toHaveLength(told);
    expect(desk.names()).not.toContain("closed");
  });

  it("keeps a taken hand-off past 10 minutes; replies reach the customer; finish hands back to the bot", async () => {
    const { clock, outbound, desk, a, b } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-1",
      channel: "telegram",
      summary: "s",
    });
    const taken = await b.service.take(ticket.toLowerCase(), "U1");
    expect(taken).toMatchObject({ status: "taken", agentId: "U1" });
    expect(outbound.textsTo("conv-1").at(-1)).toMatch(/temsilcisi görüşmeye katıldı/);
    expect(await a.service.active("conv-1")).toEqual({ ticket, status: "taken" });
    clock.advance(11 * minute);
    await a.runner.runDueJobs(clock.now());
    expect((await a.service.find({ ticket }))?.status).toBe("taken");

    await a.service.reply(ticket, "U1", "Merhaba, ben Ayşe; nasıl yardımcı olabilirim?");
    expect(outbound.textsTo("conv-1").at(-1)).toBe("Temsilci: Merhaba, ben Ayşe; nasıl yardımcı olabilirim?");
    await rejectsWith(b.service.reply(ticket, "U2", "ben de buradayım"), "handoff_taken_by_other");
    await rejectsWith(b.service.finish(ticket, "U2"), "handoff_taken_by_other");

    await a.service.relayCustomerMessage("conv-1", "VKN 3230512384, tel 0532 123 45 67");
    const wrote = desk.calls.find((c) => c.call === "customerWrote")!;
    expect(wrote.detail).not.toContain("3230512384");
    expect(wrote.detail).not.toContain("123 45 67");

    const finished = await b.service.finish(ticket, "U1");
    expect(finished.status).toBe("closed");
    const last = outbound.pushed.at(-1)!.messages[0]!;
    expect(last.text).toMatch(/asistana döndünüz/);
    expect(last.buttons?.length).toBeGreaterThan(5);
    expect(desk.names()).toEqual(["opened", "taken", "customerWrote", "closed"]);
    expect(desk.calls.at(-1)!.detail).toBe("agent_finished");
    await rejectsWith(a.service.finish(ticket, "U1"), "handoff_closed");
    await rejectsWith(a.service.reply(ticket, "U1", "hâlâ orada mısınız?"), "handoff_closed");
    await rejectsWith(a.service.take("T-NOTHERE2", "U1"), "handoff_not_found");
    expect(await a.service.find({ ticket: "T-NOTHERE2" })).toBeUndefined();
  });

  it("lets one of two agents on two instances take a hand-off; the customer is told once", async () => {
    const { outbound, desk, a, b } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-1",
      channel: "web",
      summary: "s",
    });
    const results = await Promise.allSettled([a.service.take(ticket, "U1"), b.service.take(ticket, "U2")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as DomainError).code).toBe("handoff_taken_by_other");
    expect(outbound.textsTo("conv-1")).toHaveLength(1);
    expect(desk.names().filter((n) => n === "taken")).toHaveLength(1);
  });

  it("an agent's reply to an open hand-off takes it, so the timeout no longer releases it", async () => {
    const { clock, outbound, a } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-1",
      channel: "web",
      summary: "s",
    });
    await a.service.reply(ticket, "U1", "Buradayım");
    expect(outbound.textsTo("conv-1")).toEqual(["Temsilci: Buradayım"]);
    clock.advance(11 * minute);
    await a.runner.runDueJobs(clock.now());
    expect(await a.service.active("conv-1")).toEqual({ ticket, status: "taken" });
  });

  it("the customer leaving closes the hand-off and tells the desk", async () => {
    const { desk, a, b } = await cluster();
    await a.service.requestAgent({ conversationId: "conv-1", channel: "web", summary: "s" });
    expect(await b.service.leave("conv-1")).toBe(true);
    expect(await a.service.leave("conv-1")).toBe(false);
    expect(desk.calls.at(-1)).toMatchObject({ call: "closed", detail: "customer_left" });
    expect(await a.service.isOpen("conv-1")).toBe(false);
  });

  it("a hand-off the retention sweep closed with its conversation is told to the desk once, by its job", async () => {
    const { clock, desk, a, b, db } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-idle",
      channel: "telegram",
      summary: "konu=application",
      locale: "tr",
    });
    await a.service.take(ticket, "U1");
    clock.advance(31 * 24 * 60 * minute);
    const sweep = new PrismaRetentionStore(db);
    await db.conversation.create({
      data: {
        id: "conv-idle",
        channel: "telegram",
        externalId: "1",
        locale: "tr",
        state: "{}",
        createdAt: new Date(start),
        updatedAt: new Date(start),
      },
    });
    expect(await sweep.deleteConversationsIdleSince(clock.now(), clock.now())).toBe(1);
    await a.runner.runDueJobs(clock.now());
    await b.runner.runDueJobs(clock.now());
    expect(desk.calls.filter((c) => c.ticket === ticket).map((c) => [c.call, c.status, c.detail])).toEqual([
      ["opened", "open", "konu=application"],
      ["taken", "taken", "U1"],
      ["closedBy_retention_sweep", "closed", "customer_left"],
    ]);
    // an unknown ticket: nothing
    await a.service.closedByRetention("T-UNKNOWN1");
    expect(desk.calls).toHaveLength(3);
  });

  it("survives a restart: a new instance sees the hand-off and its job releases it", async () => {
    const { clock, outbound, a, reopen } = await cluster();
    const { ticket } = await a.service.requestAgent({
      conversationId: "conv-9",
      channel: "web",
      summary: "s",
    });
    const restarted = await reopen();
    expect(await restarted.service.active("conv-9")).toEqual({ ticket, status: "open" });
    clock.advance(10 * minute);
    expect((await restarted.runner.runDueJobs(clock.now())).ran).toBeGreaterThanOrEqual(1);
    expect(outbound.textsTo("conv-9")[0]).toContain("444 5 576");
    expect(await restarted.service.isOpen("conv-9")).toBe(false);
  });
});
