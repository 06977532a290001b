import { beforeEach, describe, expect, it } from "vitest";
import { revocationCandidates } from "../../../core/ra/revocation-candidates.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { raHarnessForEachTest } from "../../helpers/ra-harness-each.ts";

describe.each(testDialects)("revocation on $name", (dialect) => {
  const h = raHarnessForEachTest(dialect);
  let serial: string;
  beforeEach(async () => {
    await proveContacts(h.deps);
    ({ serial } = await issueCard(h, "pos-rev"));
  });

  async function verify(conversationId: string, subject = "3230512384") {
    await h.ra.startVerification({ conversationId, subject });
    await h.ra.verifyCode({ conversationId, code: h.outbox.lastCode("bilgi@ornek.com.tr") });
  }

  it("R7.1/R7.2/R7.3: a verified customer revokes a lost card: signing and encryption are closed together, as keyCompromise, at once", async () => {
    await expect(
      h.ra.revokeByCustomer({ conversationId: "web-1", serial, reason: "kayip" }),
    ).rejects.toMatchObject({ code: "not_verified" });
    await verify("web-1");
    expect((await h.ra.certificatesOfVerified("web-1")).length).toBe(2);
    const revoked = await h.ra.revokeByCustomer({
      conversationId: "web-1",
      serial: serial.toUpperCase(),
      reason: "kayip",
    });
    expect(revoked).toMatchObject({ status: "revoked", revocationReason: "keyCompromise" });
    expect(revoked.revokedAt?.toISOString()).toBe(h.clock.now().toISOString());
    const all = await h.engine.findByVkn("3230512384");
    expect(all.every((c) => c.status === "revoked")).toBe(true);
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_revoked")).toHaveLength(1);
    // R7.1 irreversible: a second revocation is a clear conflict, nothing changes.
    await expect(
      h.ra.revokeByCustomer({ conversationId: "web-1", serial, reason: "calinti" }),
    ).rejects.toMatchObject({ code: "already_revoked" });
    expect((await h.ra.certificateStatus(serial))?.revocationReason).toBe("keyCompromise");
  });

  it("R7.2: a customer's own çalıntı is told to agents as çalıntı on both certificates of the card, not kayıp/çalıntı", async () => {
    await verify("web-5");
    await h.ra.revokeByCustomer({ conversationId: "web-5", serial, reason: "calinti" });
    const seen = await h.ra.agents.certificatesOf({ agentId: "U1", subject: "3230512384" });
    expect(seen).toHaveLength(2);
    expect(seen.map((c) => c.requestedReason)).toEqual(["calinti", "calinti"]);
    // the record is the revocation's, decided: no agent can approve or reject it
    expect(await h.deps.revocations.pendingForSerial(serial)).toBeUndefined();
  });

  it("R7.3: another firm's certificate is answered as unknown, even when verified", async () => {
    await h.ra.registerSubscriber({
      idNumber: "4540536920",
      title: "BAŞKA A.Ş.",
      email: "baska@firma.com.tr",
      phone: "+905339998877",
    });
    await h.ra.startVerification({ conversationId: "web-2", subject: "4540536920" });
    await h.ra.verifyCode({ conversationId: "web-2", code: h.outbox.lastCode("baska@firma.com.tr") });
    await expect(
      h.ra.revokeByCustomer({ conversationId: "web-2", serial, reason: "calinti" }),
    ).rejects.toMatchObject({ code: "unknown_certificate" });
    expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
  });

  it("R7.2: a GİB request needs a second agent's approval; the same agent cannot approve; a rejection revokes nothing", async () => {
    const asked = await h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    expect(asked.request.status).toBe("pending");
    expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
    await expect(h.ra.revocation.byAgent({ serial, reason: "misuse", agentId: "U3" })).rejects.toMatchObject({
      code: "request_pending",
    });
    await expect(
      h.ra.revocation.decide({ requestId: asked.request.id, agentId: "U1", approve: true }),
    ).rejects.toMatchObject({ code: "second_agent_required" });
    const approved = await h.ra.revocation.decide({
      requestId: asked.request.id,
      agentId: "U2",
      approve: true,
    });
    expect(approved.certificate).toMatchObject({ status: "revoked", revocationReason: "privilegeWithdrawn" });
    expect(approved.request).toMatchObject({ status: "done", approvedBy: "U2" });
    await expect(
      h.ra.revocation.decide({ requestId: asked.request.id, agentId: "U3", approve: true }),
    ).rejects.toMatchObject({ code: "already_decided" });
  });

  it("R7.2: a rejected misuse request leaves the certificate valid", async () => {
    const asked = await h.ra.revocation.byAgent({ serial, reason: "misuse", agentId: "U1" });
    const rejected = await h.ra.revocation.decide({
      requestId: asked.request.id,
      agentId: "U2",
      approve: false,
    });
    expect(rejected.request.status).toBe("rejected");
    expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
  });

  it("R7.2/R5.1: an agent revokes a lost card only after verifying the caller for the case", async () => {
    await expect(
      h.ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1", caseId: "case-1" }),
    ).rejects.toMatchObject({ code: "not_verified" });
    await h.ra.verification.verifyByAgent({ conversationId: "case-1", subject: "3230512384", agentId: "U1" });
    const done = await h.ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1", caseId: "case-1" });
    expect(done.certificate.status).toBe("revoked");
    expect(done.request.status).toBe("done");
  });

  it("R7: an expired certificate is no revocation candidate: refused for agents and customers, not offered (D5)", async () => {
    h.clock.advance(3 * 366 * 24 * 60 * 60 * 1000);
    expect((await h.ra.certificateStatus(serial))?.status).toBe("expired");
    await expect(h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" })).rejects.toMatchObject({
      code: "certificate_expired",
    });
    expect(await h.ra.revocation.findPending(serial)).toBeUndefined();
    await verify("web-3");
    expect(revocationCandidates(await h.ra.certificatesOfVerified("web-3"))).toEqual([]);
    await expect(
      h.ra.revokeByCustomer({ conversationId: "web-3", serial, reason: "kayip" }),
    ).rejects.toMatchObject({ code: "certificate_expired" });
    expect((await h.ra.certificateStatus(serial))?.status).toBe("expired");
  });

  it("R7.4: a customer's verified kayip closes a pending GİB request, which can no longer be approved (D7)", async () => {
    const asked = await h.ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    await verify("web-4");
    await h.ra.revokeByCustomer({ conversationId: "web-4", serial, reason: "kayip" });
    expect(await h.ra.revocation.findPending(serial)).toBeUndefined();
    await expect(
      h.ra.revocation.decide({ requestId: asked.request.id, agentId: "U2", approve: true }),
    ).rejects.toMatchObject({ code: "already_decided" });
    expect((await h.ra.certificateStatus(serial))?.revocationReason).toBe("keyCompromise");
  });

  it("R10.1: status by serial answers anyone; garbage and unknown serials answer nothing", async () => {
    expect((await h.ra.certificateStatus(serial))?.status).toBe("valid");
    expect(await h.ra.certificateStatus("not a serial")).toBeUndefined();
    expect(await h.ra.certificateStatus("abcdef0123")).toBeUndefined();
    h.clock.advance(3 * 366 * 24 * 60 * 60 * 1000);
    expect((await h.ra.certificateStatus(serial))?.status).toBe("expired");
  });
});
