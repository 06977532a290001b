import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { agentCaseId } from "../../../core/ra/agent-case-service.ts";
import { RegistrationAuthorityService } from "../../../core/ra/registration-authority-service.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness, type RaHarness, testPrices } from "../../helpers/ra-harness.ts";

describe.each(testDialects)("a call-centre agent's cases on $name", (dialect) => {
  let h: RaHarness;
  let ra: RegistrationAuthorityService;
  let audit: AuditEvent[];
  let serial: string;
  beforeEach(async () => {
    h = await createRaHarness(dialect);
    audit = [];
    ra = new RegistrationAuthorityService({
      ...h.deps,
      audit: { append: async (event: AuditEvent) => audit.push(event) },
    });
    const { orderNo } = await ra.submitApplication(cardApplication({ idempotencyKey: "web-apply:1" }));
    // R5.1: the applicant gave back the code sent to each contact, so identity codes may go to them
    await ra.sendApplicationContactCodes({ conversationId: "web-apply", orderNo });
    for (const [kind, to] of [
      ["email", "bilgi@ornek.com.tr"],
      ["phone", "+905321234567"],
    ] as const)
      await ra.confirmApplicationContact({ conversationId: "web-apply", kind, code: h.outbox.lastCode(to) });
    await ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-ag",
      amountKurus: testPrices.card,
    });
    serial = (await h.engine.findByVkn("3230512384")).find((c) => c.kind === "sign")!.serial;
  });
  afterEach(async () => h.dispose());

  async function verifyAs(agentId: string) {
    await ra.agents.startVerification({ agentId, subject: "3230512384" });
    const code = h.outbox.lastCode("bilgi@ornek.com.tr");
    return ra.agents.submitCode({ agentId, subject: "3230512384", code });
  }

  it("kimlik/dogrula: the code verifies the caller for this agent only, for 15 minutes, audited with the agent id", async () => {
    const sent = await ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
    expect(sent).toEqual({ maskedEmail: "b***@o***.com.tr", maskedPhone: "+90 5** *** ** 67" });
    expect(
      await ra.agents.submitCode({ agentId: "U1", subject: "3230512384", code: "000000" }),
    ).toMatchObject({
      kind: "wrong_code",
    });
    const code = h.outbox.lastCode("bilgi@ornek.com.tr");
    // Another agent cannot use the code sent for U1's case: U2 requested none.
    expect(await ra.agents.submitCode({ agentId: "U2", subject: "3230512384", code })).toMatchObject({
      kind: "no_code",
    });
    expect(await ra.agents.submitCode({ agentId: "U1", subject: "3230512384", code })).toMatchObject({
      kind: "verified",
    });
    expect(await ra.agents.isVerified({ agentId: "U1", subject: "3230512384" })).toBe(true);
    expect(await ra.agents.isVerified({ agentId: "U2", subject: "3230512384" })).toBe(false);
    expect(audit.map((e) => [e.actor, e.action])).toContainEqual(["agent:U1", "identity_verified"]);
    expect(JSON.stringify(audit)).not.toContain("3230512384");
    h.clock.advance(15 * 60 * 1000 + 1);
    expect(await ra.agents.isVerified({ agentId: "U1", subject: "3230512384" })).toBe(false);
  });

  it("kayip/calinti: only after the same agent verified the caller within 15 minutes", async () => {
    await expect(ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1" })).rejects.toMatchObject({
      code: "not_verified",
    });
    await verifyAs("U2");
    // U2 verified the caller; U1 may not rely on it.
    await expect(ra.revocation.byAgent({ serial, reason: "calinti", agentId: "U1" })).rejects.toMatchObject({
      code: "not_verified",
    });
    // Nor on a case id of another agent's verification.
    await expect(
      ra.revocation.byAgent({
        serial,
        reason: "calinti",
        agentId: "U1",
        caseId: agentCaseId(h.deps.config.otpSecret, "U2", "3230512384"),
      }),
    ).rejects.toMatchObject({ code: "not_verified" });
    await verifyAs("U1");
    h.clock.advance(15 * 60 * 1000 + 1);
    await expect(ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1" })).rejects.toMatchObject({
      code: "not_verified",
    });
    expect((await ra.certificateStatus(serial))?.status).toBe("valid");
    await verifyAs("U1");
    const done = await ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1" });
    expect(done.certificate.status).toBe("revoked");
  });

  it("guncelle: needs the verification; the code to the new contact, given with dogrula, updates it and tells the old one", async () => {
    await expect(
      ra.agents.startContactUpdate({
        agentId: "U1",
        subject: "3230512384",
        kind: "email",
        newValue: "yeni@ornek.com.tr",
      }),
    ).rejects.toMatchObject({ code: "not_verified" });
    await verifyAs("U1");
    const started = await ra.agents.startContactUpdate({
      agentId: "U1",
      subject: "3230512384",
      kind: "email",
      newValue: "yeni@ornek.com.tr",
    });
    expect(started.maskedTarget).toBe("y***@ornek.com.tr");
    const code = h.outbox.lastCode("yeni@ornek.com.tr");
    expect(await ra.agents.submitCode({ agentId: "U1", subject: "3230512384", code })).toMatchObject({
      kind: "contact_updated",
    });
    expect((await h.deps.subscribers.get("3230512384"))?.email).toBe("yeni@ornek.com.tr");
    expect(h.outbox.to("bilgi@ornek.com.tr", "contact_changed")).toHaveLength(1);
    expect(audit.map((e) => [e.actor, e.action])).toContainEqual(["agent:U1", "contact_updated"]);
  });

  it("four eyes: the pending request is found by number, serial or VKN; an operator's CLI decision is audited as an operator's", async () => {
    const asked = await ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    expect((await ra.revocation.findPending(asked.request.id))?.id).toBe(asked.request.id);
    expect((await ra.revocation.findPending("3230512384"))?.id).toBe(asked.request.id);
    expect((await ra.revocation.findPending(serial.toUpperCase()))?.id).toBe(asked.request.id);
    expect(await ra.revocation.findPending("4540536920")).toBeUndefined();
    expect(await ra.revocation.findPending("no such thing!")).toBeUndefined();
    await ra.revocation.decide({
      requestId: asked.request.id,
      agentId: "ops1",
      approve: true,
      by: "operator",
    });
    expect(audit.map((e) => [e.actor, e.action])).toContainEqual(["operator:ops1", "revocation_approved"]);
    expect(await ra.revocation.findPending(asked.request.id)).toBeUndefined();
  });

  it("a VKN or TCKN failing its checksum is invalid_subject at every step; a valid one passes (D2)", async () => {
    const before = h.outbox.sent.length;
    for (const subject of ["4540536921", "17291716050", "3230512385"]) {
      await expect(ra.agents.startVerification({ agentId: "U1", subject })).rejects.toMatchObject({
        code: "invalid_subject",
      });
      await expect(ra.agents.certificatesOf({ agentId: "U1", subject })).rejects.toMatchObject({
        code: "invalid_subject",
      });
      await expect(ra.agents.submitCode({ agentId: "U1", subject, code: "123456" })).rejects.toMatchObject({
        code: "invalid_subject",
      });
    }
    expect(h.outbox.sent.length).toBe(before);
    expect(await ra.agents.certificatesOf({ agentId: "U1", subject: "10000000146" })).toEqual([]);
    expect(await ra.agents.certificatesOf({ agentId: "U1", subject: "19090909018" })).toEqual([]);
  });

  it("kimlik for a VKN with no record tells the agent (unknown_subject): no code, no decoy named (D3)", async () => {
    const before = h.outbox.sent.length;
    await expect(ra.agents.startVerification({ agentId: "U1", subject: "4540536920" })).rejects.toMatchObject(
      {
        code: "unknown_subject",
      },
    );
    expect(h.outbox.sent.length).toBe(before);
    // the customer dialog still names decoys for the same VKN (nothing revealed there)
    const sent = await ra.startVerification({ conversationId: "web-9", subject: "4540536920" });
    expect(sent.maskedEmail).toMatch(/\*\*\*@/);
  });

  it("dogrula with no code to check (none requested, expired, tries spent) is no_code, not a wrong code (D11)", async () => {
    const submit = (code: string) => ra.agents.submitCode({ agentId: "U1", subject: "3230512384", code });
    expect(await submit("123456")).toEqual({ kind: "no_code", attemptsLeft: 0 });
    await ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
    const code = h.outbox.lastCode("bilgi@ornek.com.tr");
    h.clock.advance(5 * 60 * 1000 + 1);
    expect(await submit(code)).toEqual({ kind: "no_code", attemptsLeft: 0 });
    await ra.agents.startVerification({ agentId: "U1", subject: "3230512384" });
    expect(await submit("000000")).toEqual({ kind: "wrong_code", attemptsLeft: 2 });
    expect(await submit("000000")).toEqual({ kind: "wrong_code", attemptsLeft: 1 });
    expect(await submit("000000")).toEqual({ kind: "wrong_code", attemptsLeft: 0 });
    expect(await submit(h.outbox.lastCode("bilgi@ornek.com.tr"))).toEqual({
      kind: "no_code",
      attemptsLeft: 0,
    });
  });

  it("guncelle unvan or vkn is answered with R5.2 (new_application_required), verified or not (D10)", async () => {
    for (const kind of ["title", "vkn"] as const) {
      await expect(
        ra.agents.startContactUpdate({ agentId: "U1", subject: "3230512384", kind, newValue: "YENİ A.Ş." }),
      ).rejects.toMatchObject({ code: "new_application_required" });
    }
    await verifyAs("U1");
    await expect(
      ra.agents.startContactUpdate({
        agentId: "U1",
        subject: "3230512384",
        kind: "title",
        newValue: "YENİ A.Ş.",
      }),
    ).rejects.toMatchObject({ code: "new_application_required" });
    expect(h.outbox.to("bilgi@ornek.com.tr", "contact_changed")).toHaveLength(0);
  });

  it("four eyes: the requester may withdraw (reject) its own request, audited, but never approve it (D6)", async () => {
    const asked = await ra.revocation.byAgent({ serial, reason: "gib", agentId: "U1" });
    await expect(
      ra.revocation.decide({ requestId: asked.request.id, agentId: "U1", approve: true }),
    ).rejects.toMatchObject({ code: "second_agent_required" });
    const withdrawn = await ra.revocation.decide({
      requestId: asked.request.id,
      agentId: "U1",
      approve: false,
    });
    expect(withdrawn.request).toMatchObject({ status: "rejected", approvedBy: "U1" });
    expect(withdrawn.certificate.status).toBe("valid");
    expect(audit.map((e) => [e.actor, e.action, e.subject])).toContainEqual([
      "agent:U1",
      "revocation_withdrawn",
      serial,
    ]);
    await expect(
      ra.revocation.decide({ requestId: asked.request.id, agentId: "U2", approve: true }),
    ).rejects.toMatchObject({ code: "already_decided" });
    expect((await ra.certificateStatus(serial))?.status).toBe("valid");
  });

  it("a verified kayip revokes at once despite a pending gib request, which is closed as superseded (D7)", async () => {
    const asked = await ra.revocation.byAgent({ serial, reason: "misuse", agentId: "U2" });
    expect(asked.request.status).toBe("pending");
    await verifyAs("U1");
    const done = await ra.revocation.byAgent({ serial, reason: "kayip", agentId: "U1" });
    expect(done.certificate).toMatchObject({ status: "revoked", revocationReason: "keyCompromise" });
    expect(await ra.revocation.findPending(asked.request.id)).toBeUndefined();
    expect(await h.deps.revocations.byId(asked.request.id)).toMatchObject({ status: "rejected" });
    expect(audit.map((e) => [e.actor, e.action, e.subject])).toContainEqual([
      "agent:U1",
      "revocation_request_superseded",
      serial,
    ]);
    await expect(
      ra.revocation.decide({ requestId: asked.request.id, agentId: "U3", approve: true }),
    ).rejects.toMatchObject({ code: "already_decided" });
    expect((await ra.certificateStatus(serial))?.revocationReason).toBe("keyCompromise");
  });

  it("bad input is a coded error, never a crash", async () => {
    await expect(ra.agents.startVerification({ agentId: "U1", subject: "abc" })).rejects.toMatchObject({
      code: "invalid_subject",
    });
    await expect(ra.agents.startVerification({ agentId: "", subject: "3230512384" })).rejects.toMatchObject({
      code: "required",
    });
  });
});
