/**
 * Console tester: `/mm bitir T-AAAA2222 T-BBBB3333` (two tickets typed) finished the first hand-off
 * and left the second without a word, so the agent believed both closed. A command naming several
 * tickets gets the usage line and changes nothing; a courtesy word after one ticket does not count.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const first = "T-ABCD2345";
const second = "T-EFGH6789";

describe("/mm devral and bitir: one ticket per command", () => {
  const s = slackConsoleStackForEachTest(sqlite);
  const open = (ticket: string, status = "open") =>
    s.handoffs.handoffs.set(ticket, {
      ticket,
      conversationId: `conv-${ticket}`,
      channel: "web",
      locale: "tr",
      status,
      summary: "konu=menü",
    } as never);

  it.each([`${first} ${second}`, "ABCD2345 EFGH6789", "T ABCD2345 T EFGH6789", `${first}, ${second}`])(
    "bitir %j: the usage line, neither finished",
    async (typed) => {
      open(first, "taken");
      open(second, "taken");
      const answer = await s.agent.runCommand(`/mm bitir ${typed}`);
      expect(answer).toMatch(/\/mm bitir/);
      expect(s.handoffs.handoffs.get(first)?.status).toBe("taken");
      expect(s.handoffs.handoffs.get(second)?.status).toBe("taken");
    },
  );

  it("devral with two tickets takes neither", async () => {
    open(first);
    open(second);
    expect(await s.agent.runCommand(`/mm devral ${first} ${second}`)).toMatch(/\/mm devral/);
    expect(s.handoffs.handoffs.get(first)?.status).toBe("open");
    expect(s.handoffs.handoffs.get(second)?.status).toBe("open");
  });

  it.each([`${first} teşekkür`, `${first} lütfen`, `${first} ${first}`])(
    "devral %j: one ticket, taken",
    async (typed) => {
      open(first);
      expect(await s.agent.runCommand(`/mm devral ${typed}`)).toContain(`${first} talebini devraldınız`);
      expect(s.handoffs.handoffs.get(first)?.status).toBe("taken");
    },
  );
});
