/**
 * `/mm onayla` and `/mm reddet` decide exactly the request the agent named (R7.1: a revocation is
 * irreversible): a VKN with several pending requests, extra words and a certificate no longer in
 * force change nothing.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm onayla and reddet name one request", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  /** Issues a new card of the VKN; returns its signing certificate's serial. */
  const issueSigning = async (ref: string) => (await issueCard(s.harness, ref)).serial;
  const statusOf = async (serial: string) => (await s.harness.engine.findBySerial(serial))?.status;

  it("a VKN with two pending requests gets the list and no decision; the request number decides", async () => {
    const first = await issueSigning("pos-decide-1");
    const second = await issueSigning("pos-decide-2");
    await s.agent.runCommand(`/mm iptal ${first} gib`, "U1");
    await s.agent.runCommand(`/mm iptal ${second} gib`, "U2");
    for (const command of [`/mm onayla ${vkn}`, `/mm reddet ${vkn}`, "/mm onayla 323 051 2384"]) {
      const listed = await s.agent.runCommand(command, "U2");
      expect(listed, command).toContain("birden fazla bekleyen iptal talebi");
      expect(listed).toContain(first);
      expect(listed).toContain(second);
    }
    expect(await statusOf(first)).toBe("valid");
    expect(await statusOf(second)).toBe("valid");
    expect((await s.harness.ra.revocation.pendingRequests(vkn)).map((r) => r.serial)).toEqual([
      first,
      second,
    ]);
    const secondRequest = (await s.harness.ra.revocation.findPending(second))!;
    expect(await s.agent.runCommand(`/mm onayla ${secondRequest.id}`, "U1")).toContain("iptal edildi");
    expect(await statusOf(second)).toBe("revoked");
    expect(await statusOf(first)).toBe("valid");
  });

  it.each(["değil, 4540536920", "yanlislikla", "3230512384"])(
    "extra words after the reference ('%s') get the usage line and decide nothing",
    async (extra) => {
      const serial = await issueSigning("pos-decide-extra");
      await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
      expect(await s.agent.runCommand(`/mm onayla ${vkn} ${extra}`, "U2")).toContain("Kullanım");
      expect(await s.agent.runCommand(`/mm reddet ${vkn} ${extra}`, "U2")).toContain("Kullanım");
      expect(await statusOf(serial)).toBe("valid");
      expect(await s.harness.ra.revocation.findPending(serial)).toBeDefined();
    },
  );

  it("an approval after the certificate expired revokes nothing and says why", async () => {
    const serial = await issueSigning("pos-decide-expired");
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const notAfter = (await s.harness.engine.findBySerial(serial))!.notAfter;
    s.harness.clock.set(new Date(notAfter.getTime() + 86_400_000));
    expect(await s.agent.runCommand(`/mm onayla ${vkn}`, "U2")).toContain("süresi dolmuş");
    expect(await statusOf(serial)).toBe("expired");
  });
});
