/**
 * A pending four-eyes request closed because its certificate was revoked by another path is told to
 * the RA's followers (the agents' console) whichever path it was: the customer in the chat, an
 * agent's immediate kayıp, an operator on the CLI (console tester, round 21: the customer's path left
 * the request's Onayla/Reddet live in the channel). Request numbers are read in any letter case.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { SupersededRequest } from "../../../core/ra/revocation-request-events.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("superseded revocation requests are told to followers", () => {
  const h = raHarnessForEachTest(sqlite);
  let serial: string;
  let told: SupersededRequest[];
  beforeEach(async () => {
    await proveContacts(h.deps);
    ({ serial } = await issueCard(h, "pos-superseded-events"));
    told = [];
    h.ra.revocation.events.onSuperseded((closed) => {
      told.push(closed);
    });
  });

  it("the customer's lost card in the chat", async () => {
    const asked = await h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    await h.ra.startVerification({ conversationId: "web-ev", subject: "3230512384" });
    await h.ra.verifyCode({ conversationId: "web-ev", code: h.outbox.lastCode("bilgi@ornek.com.tr") });
    await h.ra.revokeByCustomer({ conversationId: "web-ev", serial, reason: "calinti" });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      request: { id: asked.request.id },
      by: { kind: "customer" },
      reason: "calinti",
    });
    expect(told[0]!.revokedAt).toBeInstanceOf(Date);
    expect((await h.ra.revocation.request(asked.request.id.toUpperCase()))?.status).toBe("rejected");
  });

  it("an operator on the CLI; a failing follower does not fail the revocation", async () => {
    h.ra.revocation.events.onSuperseded(() => {
      throw new Error("slack down");
    });
    await h.ra.revocation.byAgent({ serial, reason: "misuse", agentId: "U1" });
    await h.ra.revocation.byOperator({ serial, reason: "cessationOfOperation", actor: "operator:cli" });
    expect(told.map((c) => c.by)).toEqual([{ kind: "operator", operator: "operator:cli" }]);
  });

  it("no pending request: nobody is told", async () => {
    await h.ra.revocation.byOperator({ serial, reason: "cessationOfOperation", actor: "operator:cli" });
    expect(told).toEqual([]);
  });
});
