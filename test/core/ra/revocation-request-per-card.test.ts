/**
 * Console tester: `/mm iptal <encryption serial> gib` and then `/mm iptal <signing serial> kotuye`
 * opened two pending requests for one card, though either revokes the pair (R7.1): agents saw two
 * requests to decide for one card. A request pending for either certificate of a card is the card's:
 * a second one is `request_pending` and nothing is recorded.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("one pending revocation request per card on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  let signing: string;
  let encryption: string;
  beforeEach(async () => {
    await proveContacts(h.deps);
    await issueCard(h, "pos-pair");
    const pair = await h.engine.findByVkn("3230512384");
    signing = pair.find((c) => c.kind === "sign")!.serial;
    encryption = pair.find((c) => c.kind === "encr")!.serial;
  });

  it("a request for the card's other certificate while one is pending is request_pending; nothing recorded", async () => {
    const first = await h.ra.revocation.byAgent({ serial: encryption, reason: "gib", agentId: "U1" });
    expect(first.request.status).toBe("pending");
    await expect(
      h.ra.revocation.byAgent({ serial: signing, reason: "misuse", agentId: "U2" }),
    ).rejects.toMatchObject({ code: "request_pending" });
    expect(await h.deps.revocations.pendingForSerial(signing)).toBeUndefined();
    expect((await h.deps.revocations.pendingForSerial(encryption))?.id).toBe(first.request.id);
  });

  it("once the pending request is rejected, a new one for the other certificate is taken", async () => {
    const first = await h.ra.revocation.byAgent({ serial: encryption, reason: "gib", agentId: "U1" });
    await h.ra.revocation.decide({ requestId: first.request.id, agentId: "U1", approve: false });
    const second = await h.ra.revocation.byAgent({ serial: signing, reason: "misuse", agentId: "U2" });
    expect(second.request.status).toBe("pending");
  });
});
