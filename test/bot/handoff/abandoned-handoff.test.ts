/**
 * Tester (D3, D3b): a hand-off an agent took and then abandoned stayed open forever: days later the
 * customer's messages went to a dead thread with no answer, and neither another agent nor a
 * supervisor could take or finish it ("Bu talebi başka bir temsilci devraldı", naming nobody).
 * Now a taken hand-off whose agent stays silent for 30 minutes after a customer message is closed
 * (the customer told in their language, with 444 5 576 and the menu; the desk told); a customer who
 * writes after the agent has been silent for 2 hours is back with the assistant at once; a supervisor
 * may take or finish a hand-off another agent holds; others are told who holds it.
 * Over real storage (both dialects), with the real job runner.
 */
import { afterEach, describe, expect, it } from "vitest";
import { PrismaHandoffStore } from "../../../adapters/db/handoff-store.ts";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { handoffJobHandlers } from "../../../bot/handoff/handoff-jobs.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { DomainError } from "../../../core/errors/domain-error.ts";
import { JobRunner } from "../../../core/jobs/job-runner.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { RecordingDesk, RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { botTexts } from "../harness.ts";

const minute = 60_000;

describe.each(testDialects)("an abandoned hand-off on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function taken(locale: "tr" | "en" = "tr") {
    const clock = new FrozenClock("2026-11-25T07:00:00Z");
    const outbound = new RecordingOutbound();
    const desk = new RecordingDesk();
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    const jobs = new PrismaJobStore(database.db);
    const service = new HandoffService({
      repository: new PrismaHandoffStore(database.db),
      jobs,
      outbound,
      desk,
      texts: await botTexts(),
      clock,
    });
    const runner = new JobRunner({ store: jobs, owner: "runner-1" });
    for (const [kind, handler] of Object.entries(handoffJobHandlers(service))) runner.register(kind, handler);
    const { ticket } = await service.requestAgent({
      conversationId: "conv-1",
      channel: "web",
      summary: "s",
      locale,
    });
    await service.take(ticket, "U1");
    const later = async (minutes: number) => {
      clock.advance(minutes * minute);
      await runner.runDueJobs(clock.now());
    };
    return { clock, outbound, desk, service, ticket, later };
  }

  it("closes a taken hand-off 30 minutes after a customer message no agent answered", async () => {
    const { outbound, desk, service, ticket, later } = await taken();
    await service.reply(ticket, "U1", "Merhaba, bakıyorum.");
    await later(5);
    expect(await service.relayCustomerMessage("conv-1", "orada mısınız?")).toBe("relayed");
    await later(29);
    expect(await service.isOpen("conv-1")).toBe(true);
    await later(1);
    expect(await service.isOpen("conv-1")).toBe(false);
    const notice = outbound.pushed.at(-1)!.messages[0]!;
    expect(notice.text).toMatch(/asistan/);
    expect(notice.text).toContain("444 5 576");
    expect(notice.text).toContain(ticket);
    expect(notice.buttons?.map((b) => b.label)).toContain("Başvuru");
    expect(desk.calls.at(-1)).toMatchObject({ call: "closed", detail: "agent_silent" });
  });

  it("keeps it while the agent answers within 30 minutes of each customer message", async () => {
    const { service, ticket, later } = await taken();
    for (let round = 0; round < 3; round++) {
      await service.relayCustomerMessage("conv-1", "bir sorum var");
      await later(20);
      await service.reply(ticket, "U1", "tabii, buyurun");
      await later(20);
    }
    await later(60);
    expect(await service.isOpen("conv-1")).toBe(true);
  });

  it.each([
    ["tr", /asistan/],
    ["en", /assistant/],
  ] as const)(
    "a %s customer writing days after the agent's last word is back with the assistant at once",
    async (locale, back) => {
      const { outbound, desk, service, ticket, later } = await taken(locale);
      await service.reply(ticket, "U1", "Merhaba, bakıyorum.");
      await later(3 * 24 * 60);
      expect(await service.isOpen("conv-1")).toBe(true);
      const outcome = await service.relayCustomerMessage("conv-1", "başvuru yapmak istiyorum");
      expect(outcome).toBe("agent_gone");
      expect(await service.isOpen("conv-1")).toBe(false);
      expect(desk.calls.map((c) => c.call)).not.toContain("customerWrote");
      expect(desk.calls.at(-1)).toMatchObject({ call: "closed", detail: "agent_silent" });
      // the conversation tells the customer (bot/flows/handoff.ts); the service pushes nothing more
      expect(outbound.pushed.at(-1)!.messages[0]!.text).not.toMatch(back);
    },
  );

  it("a supervisor takes over and finishes a hand-off another agent holds; another agent is told who holds it", async () => {
    const { outbound, service, ticket } = await taken();
    const refused = await service.take(ticket, "U2").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("handoff_taken_by_other");
    expect((refused as DomainError).details).toMatchObject({ agent: "U1", ticket });
    const finishRefused = await service.finish(ticket, "U2").catch((e: DomainError) => e);
    expect((finishRefused as DomainError).details).toMatchObject({ agent: "U1" });

    expect((await service.take(ticket, "S1", { supervisor: true })).agentId).toBe("S1");
    await service.reply(ticket, "S1", "Merhaba, ben süpervizör.");
    expect(outbound.textsTo("conv-1").at(-1)).toBe("Temsilci: Merhaba, ben süpervizör.");
    const back = await service.take(ticket, "U1").catch((e: DomainError) => e);
    expect((back as DomainError).details).toMatchObject({ agent: "S1" });
  });

  it("a supervisor finishes a hand-off another agent holds: the customer is back with the assistant", async () => {
    const { outbound, service, ticket, later } = await taken();
    await later(120);
    await service.finish(ticket, "S1", { supervisor: true });
    expect(await service.isOpen("conv-1")).toBe(false);
    expect(outbound.textsTo("conv-1").at(-1)).toMatch(/asistana döndünüz/);
  });
});
