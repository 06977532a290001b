/**
 * `/mm devral` and `/mm bitir` found a hand-off only by its ticket typed exactly `T-XXXXXXXX`: read
 * out on the phone or copied by hand it became `T ABCD2345`, `TABCD2345`, `ABCD2345`, `t abcd 2345`,
 * a non-breaking or en dash (`T‑ABCD2345`, `T–ABCD2345`), and each was "Bu numarayla bir temsilci
 * talebi bulunamadı". Now each is the ticket; a word after it (`lütfen`) is ignored as before, and a
 * ticket a character short or long is still not found (no guessing).
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const ticket = "T-ABCD2345";

describe("/mm devral and bitir: the ticket as agents type it", () => {
  const s = slackConsoleStackForEachTest(sqlite);
  const open = () =>
    s.handoffs.handoffs.set(ticket, {
      ticket,
      conversationId: "conv-typed",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "konu=menü",
    } as never);

  it.each([
    "T ABCD2345",
    "TABCD2345",
    "ABCD2345",
    "t abcd 2345",
    "T-ABCD 2345",
    "T\u2011ABCD2345",
    "T\u2013abcd2345",
    "`T-ABCD2345`",
    "T-ABCD2345 lütfen",
  ])("devral and bitir %j: taken, then finished", async (typed) => {
    open();
    const taken = await s.agent.runCommand(`/mm devral ${typed}`);
    expect(taken).toContain(`${ticket} talebini devraldınız`);
    expect(s.handoffs.handoffs.get(ticket)?.status).toBe("taken");
    const finished = await s.agent.runCommand(`/mm BİTİR ${typed}`);
    expect(finished).not.toContain("bulunamadı");
    expect(s.handoffs.handoffs.get(ticket)?.status).toBe("closed");
  });

  it.each(["T-ABCD234", "T-ABCD23456", "ABCD234", "T-ABCD2O45"])(
    "%j is not found, nothing taken",
    async (typed) => {
      open();
      expect(await s.agent.runCommand(`/mm devral ${typed}`)).toContain("bulunamadı");
      expect(s.handoffs.handoffs.get(ticket)?.status).toBe("open");
    },
  );
});
