/**
 * `/mm bitir` hands a customer back to the bot after an agent talked with them (interfaces.md §5):
 * a hand-off nobody has taken is not closed by it (the customer would be told an agent finished a
 * conversation that never happened); the agent is told to take it first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm bitir on a hand-off nobody has taken", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
  });
  afterAll(async () => s?.dispose());

  const open = (ticket: string) =>
    s.handoffs.handoffs.set(ticket, {
      ticket,
      conversationId: `conv-${ticket}`,
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "…",
      openedAt: new Date(),
    });

  it("is refused with the take subcommand named, and the hand-off stays open", async () => {
    open("T-UNTAKEN1");
    const said = await s.agent.runCommand("/mm bitir t-untaken1", "U1");
    expect(said).toContain(":warning:");
    expect(said).toContain("/mm devral T-UNTAKEN1");
    expect(said).not.toContain("kapatıldı");
    expect(s.handoffs.handoffs.get("T-UNTAKEN1")?.status).toBe("open");
  });

  it("closes it once the agent has taken it", async () => {
    open("T-UNTAKEN2");
    expect(await s.agent.runCommand("/mm devral T-UNTAKEN2", "U2")).toContain("devraldınız");
    expect(await s.agent.runCommand("/mm bitir T-UNTAKEN2", "U2")).toContain("kapatıldı");
    expect(s.handoffs.handoffs.get("T-UNTAKEN2")?.status).toBe("closed");
  });
});
