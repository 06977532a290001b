/**
 * `/mm onayla <VKN>` revokes a certificate for good (R7.1): the agent approving by VKN must see which
 * certificate the request closes. A VKN with one certificate in force is unambiguous: the approval
 * names the certificate (serial, medium, holder, reason, requester). A VKN with other certificates in
 * force beside the requested one is not: the console shows the request's certificate and asks for the
 * request number, and nothing is revoked until the agent names it.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm onayla <VKN> never revokes blind", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const statusOf = async (serial: string) => (await s.harness.engine.findBySerial(serial))?.status;

  it.each([`/mm onayla ${vkn}`, "/mm onayla 323 051 2384", `/mm onayla VKN: ${vkn}`])(
    "two cards in force, one requested: '%s' shows the requested card and decides nothing",
    async (command) => {
      const requested = (await issueCard(s.harness, "pos-blind-1")).serial;
      const other = (await issueCard(s.harness, "pos-blind-2")).serial;
      await s.agent.runCommand(`/mm iptal ${requested} gib`, "U1");
      const id = (await s.harness.ra.revocation.findPending(requested))!.id;
      const shown = await s.agent.runCommand(command, "U2");
      expect(shown).toContain(requested);
      expect(shown).toContain(id);
      expect(shown).toContain("Akıllı kart");
      expect(shown).toContain("GİB talebi");
      expect(shown).toContain(`/mm onayla ${id}`);
      expect(shown).not.toContain("iptal edildi");
      expect(await statusOf(requested)).toBe("valid");
      expect(await statusOf(other)).toBe("valid");
      expect(await s.harness.ra.revocation.findPending(requested)).toBeDefined();
      // the request number decides it, and the other card stays in force
      const approved = await s.agent.runCommand(`/mm onayla ${id}`, "U2");
      expect(approved).toContain("iptal edildi");
      expect(approved).toContain(requested);
      expect(await statusOf(requested)).toBe("revoked");
      expect(await statusOf(other)).toBe("valid");
    },
  );

  it("one card in force: the approval by VKN names the card it revoked (serial, medium, holder, reason, requester)", async () => {
    const serial = (await issueCard(s.harness, "pos-blind-one")).serial;
    await s.agent.runCommand(`/mm iptal ${serial} kotuye`, "U1");
    const approved = await s.agent.runCommand(`/mm onayla ${vkn}`, "U2");
    expect(approved).toContain("iptal edildi");
    expect(approved).toContain(serial);
    expect(approved).toContain("Akıllı kart");
    expect(approved).toContain("32******84");
    expect(approved).toContain("amacı dışında kullanım");
    expect(approved).toContain("<@U1>");
    expect(approved).not.toContain(vkn);
    expect(await statusOf(serial)).toBe("revoked");
  });
});
