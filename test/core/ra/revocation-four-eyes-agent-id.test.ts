import { beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("four eyes with agent ids typed loosely on $name (R7.2)", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  let serial: string;
  beforeEach(async () => {
    await proveContacts(h.deps);
    ({ serial } = await issueCard(h, "pos-four-eyes"));
  });

  it.each([" U1", "U1 ", "u1", "\tU1\n"])(
    "the requester typed as %j cannot approve their own request; it stays pending",
    async (same) => {
      const asked = await h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
      await expect(
        h.ra.revocation.decide({ requestId: asked.request.id, agentId: same, approve: true }),
      ).rejects.toMatchObject({ code: "second_agent_required" });
      expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
      expect((await h.ra.revocation.findPending(serial))?.id).toBe(asked.request.id);
    },
  );

  it("a request asked with blanks around the id is stored trimmed, and that agent still cannot approve it", async () => {
    const asked = await h.ra.revocation.byAgent({ serial, reason: "misuse", agentId: "  U1 " });
    expect(asked.request.requestedBy).toBe("U1");
    await expect(
      h.ra.revocation.decide({ requestId: asked.request.id, agentId: "U1", approve: true }),
    ).rejects.toMatchObject({ code: "second_agent_required" });
    // the requester may withdraw it, however typed; a withdrawal records the trimmed id
    const withdrawn = await h.ra.revocation.decide({
      requestId: asked.request.id,
      agentId: "u1 ",
      approve: false,
    });
    expect(withdrawn.request).toMatchObject({ status: "rejected", approvedBy: "u1" });
    expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
  });

  it("a blank agent is refused with [required]", async () => {
    await expect(h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "  " })).rejects.toMatchObject({
      code: "required",
    });
    const asked = await h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    await expect(
      h.ra.revocation.decide({ requestId: asked.request.id, agentId: " ", approve: true }),
    ).rejects.toMatchObject({ code: "required" });
  });
});
