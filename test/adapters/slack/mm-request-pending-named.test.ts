/**
 * A four-eyes request asked again for a card that has one waiting (`request_pending`, 25739f1) is
 * refused; the refusal names the waiting request's number and how it is decided, so the agent can
 * act on it (no console command lists pending requests).
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("a second request for a card names the waiting one", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it("by the same serial, the other serial of the card or the VKN, by either agent", async () => {
    const { serial } = await issueCard(s.harness, "pos-pending-named");
    const encr = (await s.harness.engine.findByVkn(vkn)).find((c) => c.kind === "encr")!.serial;
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const id = (await s.harness.ra.revocation.findPending(serial))!.id;
    for (const [command, agent] of [
      [`/mm iptal ${serial} gib`, "U1"],
      [`/mm iptal ${encr} kotuye`, "U2"],
      [`/mm iptal ${vkn} kötüye kullanım`, "U2"],
    ] as const) {
      const said = await s.agent.runCommand(command, agent);
      expect(said, command).toContain("onay bekleyen bir iptal talebi");
      expect(said, command).toContain(id);
      expect(said, command).toContain(`/mm onayla ${id}`);
    }
    expect((await s.harness.ra.revocation.pendingRequests(vkn)).map((r) => r.id)).toEqual([id]);
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });
});
