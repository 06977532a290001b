/**
 * The four-eyes request number agents read and type (outside tester, console round): it was a
 * 36-character UUID ("Talep no: *01a230ab-…*"). It is `IP-` and 8 characters, accepted in any letter
 * case (and with a Turkish capital İ) by onayla/reddet; a request numbered by a UUID before is still
 * decided by its full id.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const number = /Talep no: \*(IP-[A-HJ-NP-Z2-9]{8})\*/;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-/;

describe("the four-eyes revocation request number", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    ["lower case", (n: string) => n.toLowerCase()],
    ["as shown", (n: string) => n],
    ["with a Turkish capital İ", (n: string) => n.replace("I", "İ")],
    ["in quotes with a full stop", (n: string) => `"${n.toLowerCase()}".`],
  ])("is short, shown to agents and approved when typed %s", async (_what, typed) => {
    const { serial } = await issueCard(s.harness, `pos-number-${_what.replace(/\W+/g, "-")}`);
    const start = s.fake.calls.length;
    const said = await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    expect(said).not.toMatch(uuid);
    const channel = JSON.stringify(s.fake.since(start).map((c) => c.args));
    expect(channel).not.toMatch(uuid);
    // the approver can tell which firm: the VKN masked, the unvan
    expect(channel).toContain("32******84");
    expect(channel).not.toContain("3230512384");
    expect(channel).toMatch(/ANONİM ŞİRKETİ|A\.Ş\./);
    const id = number.exec(channel)?.[1];
    expect(id).toBeDefined();
    expect(said).toContain(id);
    expect(await s.agent.runCommand(`/mm onayla ${typed(id!)}`, "U2")).toContain("onaylandı");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("revoked");
  });

  it("a request numbered by a UUID before is still decided by its full id, in any case", async () => {
    const { serial } = await issueCard(s.harness, "pos-number-old");
    const id = "01a230ab-6292-704e-8a1b-0c2d3e4f5a6b";
    await s.harness.deps.revocations.insert({
      id,
      serial,
      reason: "gib",
      requestedBy: "U1",
      requestedAt: new Date(),
      status: "pending",
    });
    expect(await s.agent.runCommand(`/mm reddet ${id.toUpperCase()}`, "U2")).toContain("reddedildi");
  });
});
