/**
 * `onayla #IP-…` and `onayla talep IP-…` were not read: the request number copied with the `#` a
 * channel message or a note puts before it, or after the words naming it ("talep", "talep no:",
 * "iptal talebi", "request"), got the usage line or "bulunamadı"; so did a number read out in pieces
 * (`IP 7K2M9QXA`). The same for `reddet`, `devral` and `bitir` with a hand-off ticket. The `#` and the
 * words are dropped, the pieces joined; two numbers stay the usage line, and nothing else is decided.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const number = /(IP-[A-HJ-NP-Z2-9]{8})/;
const ticket = "T-ABCD2345";

const requestForms: [string, (id: string) => string][] = [
  ["after #", (id) => `#${id}`],
  ["after # apart", (id) => `# ${id}`],
  ["after talep", (id) => `talep ${id}`],
  ["after Talep no:", (id) => `Talep no: ${id}`],
  ["after talep:, glued", (id) => `talep:${id}`],
  ["after iptal talebi", (id) => `iptal talebi ${id.toLowerCase()}`],
  ["after request", (id) => `request #${id}`],
  ["read out in pieces", (id) => `IP ${id.slice(3, 7)} ${id.slice(7)}`],
  ["without its dash", (id) => `ip${id.slice(3).toLowerCase()}`],
];

describe("/mm onayla, reddet, devral, bitir: the request number with a # or its label", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  async function pending(ref: string): Promise<{ serial: string; id: string }> {
    const { serial } = await issueCard(s.harness, ref);
    const said = await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const id = number.exec(said)?.[1];
    expect(id, said).toBeDefined();
    return { serial, id: id! };
  }

  it.each(requestForms)("onayla %s approves the request", async (how, typed) => {
    const { serial, id } = await pending(`pos-labelled-approve-${how.replace(/\W+/g, "-")}`);
    const said = await s.agent.runCommand(`/mm onayla ${typed(id)}`, "U2");
    expect(said).toContain("onaylandı");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("revoked");
  });

  it.each(requestForms)("reddet %s rejects the request", async (how, typed) => {
    const { serial, id } = await pending(`pos-labelled-reject-${how.replace(/\W+/g, "-")}`);
    expect(await s.agent.runCommand(`/mm reddet ${typed(id)}`, "U2")).toContain("reddedildi");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });

  it("two numbers after the label stay the usage line; nothing is decided", async () => {
    const { serial, id } = await pending("pos-labelled-two");
    const said = await s.agent.runCommand(`/mm onayla talep ${id} #IP-ABCD2345`, "U2");
    expect(said).toContain("Kullanım: `/mm onayla");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });

  it.each([
    "#T-ABCD2345",
    "# T-ABCD2345",
    "talep T-ABCD2345",
    "Talep no: T ABCD2345",
    "temsilci talebi #T-ABCD2345",
    "ticket T-ABCD2345",
  ])("devral and bitir %j: taken, then finished", async (typed) => {
    s.handoffs.handoffs.set(ticket, {
      ticket,
      conversationId: "conv-labelled",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "konu=menü",
    } as never);
    expect(await s.agent.runCommand(`/mm devral ${typed}`)).toContain(`${ticket} talebini devraldınız`);
    expect(s.handoffs.handoffs.get(ticket)?.status).toBe("taken");
    expect(await s.agent.runCommand(`/mm bitir ${typed}`)).not.toContain("bulunamadı");
    expect(s.handoffs.handoffs.get(ticket)?.status).toBe("closed");
  });
});
