/**
 * Issue #16 (integrity): the recovery sweep completes every change a crash cut off between two
 * writes. Each case builds the half-done state by making one write "crash" (the real write runs,
 * then the call throws, as if the process died right after it), shows that the change's recovery
 * step is held until its lease runs out, that the sweep then completes the change exactly once,
 * and that a second sweep changes nothing more.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../../adapters/db/audit-store.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { AuditLog } from "../../../core/audit/audit-log.ts";
import { JobNotReady } from "../../../core/jobs/job-not-ready.ts";
import type { CaRepository } from "../../../core/pki/ca-repository.ts";
import { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { issuanceStepKey, produceCardJob } from "../../../core/ra/production-service.ts";
import type { RaDeps } from "../../../core/ra/ra-deps.ts";
import { holdStep, recoveryKinds, releaseStep } from "../../../core/ra/recovery-step.ts";
import { RecoverySweep } from "../../../core/ra/recovery-sweep.ts";
import { RegistrationAuthorityService } from "../../../core/ra/registration-authority-service.ts";
import { testDialects } from "../../helpers/databases.ts";
import {
  cardApplication,
  createRaHarness,
  proveContacts,
  type RaHarness,
  testPrices,
} from "../../helpers/ra-harness.ts";

const leaseMs = 60_000;
const vkn = "3230512384";

/** Makes `method` of `target` run for real and then throw, the next `times` calls. */
function crashAfter<T extends object>(target: T, method: keyof T & string, times = 1): void {
  const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
  let left = times;
  (target as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    const result = await original(...args);
    if (left > 0) {
      left -= 1;
      throw new Error(`crash after ${method}`);
    }
    return result;
  };
}

/** A CA repository whose methods can be made to crash after their write. */
function crashableRepository(repository: PrismaCaRepository): CaRepository {
  const methods: Record<string, unknown> = {};
  return new Proxy(repository, {
    get(target, property, receiver) {
      if (typeof property === "string" && property in methods) return methods[property];
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(_target, property, value) {
      methods[String(property)] = value;
      return true;
    },
  }) as CaRepository;
}

describe.each(testDialects)("recovery sweep on $name", (dialect) => {
  let h: RaHarness;
  let ra: RegistrationAuthorityService;
  let deps: RaDeps;
  let engine: IssuanceEngine;
  let repository: CaRepository;
  let sweep: RecoverySweep;

  beforeEach(async () => {
    h = await createRaHarness(dialect);
    repository = crashableRepository(new PrismaCaRepository(h.database.db, h.database.dialect));
    const audit = new AuditLog(new PrismaAuditStore(h.database.db, h.database.dialect), h.clock);
    engine = new IssuanceEngine({
      repository,
      keys: { forUri: () => h.ca.keys, close: async () => {} },
      clock: h.clock,
      random: cryptoRandom,
      profile: defaultProfileConfig("http://127.0.0.1:3000"),
      newId: h.deps.newId,
      audit,
    });
    deps = { ...h.deps, certificates: engine, audit, config: { ...h.deps.config, recoveryLeaseMs: leaseMs } };
    ra = new RegistrationAuthorityService(deps);
    sweep = new RecoverySweep({
      ledger: deps.recovery!,
      certificates: engine,
      revocation: ra.revocation,
      contacts: ra.contacts,
      payments: ra.payments,
      leaseMs,
    });
    await ra.submitApplication(cardApplication());
    await proveContacts(deps);
  }, 60_000);
  afterEach(async () => h.dispose());

  async function pay(): Promise<void> {
    const application = (await h.database.db.application.findMany())[0]!;
    await ra.payments.record({
      orderNo: application.orderNo,
      channel: "sanalpos",
      providerRef: `pos-${application.orderNo}`,
      amountKurus: testPrices.card,
    });
  }

  /** Audit entries by `action subject`. */
  async function auditCounts(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const entry of await h.database.db.auditEntry.findMany()) {
      const key = `${entry.action} ${entry.subject}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  /** The sweep before the lease ran out (nothing), after it (the change), and once more (nothing). */
  async function sweepTwice(): Promise<void> {
    expect(await sweep.run(h.clock.now())).toMatchObject({ completed: 0 });
    h.clock.advance(leaseMs + 1_000);
    expect(await sweep.run(h.clock.now())).toMatchObject({ completed: 1, failed: 0 });
  }

  async function sweepAgainChangesNothing(): Promise<void> {
    const audit = await auditCounts();
    const sent = h.outbox.sent.length;
    h.clock.advance(leaseMs + 1_000);
    expect(await sweep.run(h.clock.now())).toEqual({ completed: 0, failed: 0, skipped: 0 });
    expect(await auditCounts()).toEqual(audit);
    expect(h.outbox.sent.length).toBe(sent);
    expect(await h.database.db.recoveryStep.count({ where: { closedAt: null } })).toBe(0);
  }

  async function issued(): Promise<{ sign: string; encr: string }> {
    const all = await engine.findByVkn(vkn);
    return {
      sign: all.find((c) => c.kind === "sign")!.serial,
      encr: all.find((c) => c.kind === "encr")!.serial,
    };
  }

  async function verify(conversationId: string): Promise<void> {
    await ra.startVerification({ conversationId, subject: vkn });
    await ra.verifyCode({ conversationId, code: h.outbox.lastCode("bilgi@ornek.com.tr") });
  }

  it("completes an issuance cut off after markIssued: the audit entries and the certificates on the token, once", async () => {
    crashAfter(repository, "markIssued", 2);
    await pay(); // the inline production crashes after both rows are marked issued
    // the first crash ends the production; the other kind's write is still landing
    for (let i = 0; i < 200 && (await engine.findByVkn(vkn)).length < 2; i++)
      await new Promise((r) => setTimeout(r, 25));
    const { sign, encr } = await issued();
    let audit = await auditCounts();
    expect(audit.get(`certificate_issued ${sign}`)).toBeUndefined();
    const tokenFiles = () =>
      existsSync(join(h.ca.dir, "keys"))
        ? readdirSync(join(h.ca.dir, "keys")).filter((f) => f.endsWith(".crt"))
        : [];
    expect(tokenFiles()).toEqual([]);

    // the failed run gave its step up (the process lived on): the sweep completes it at once
    expect(await sweep.run(h.clock.now())).toMatchObject({ completed: 1, failed: 0 });
    audit = await auditCounts();
    expect(audit.get(`certificate_issued ${sign}`)).toBe(1);
    expect(audit.get(`certificate_issued ${encr}`)).toBe(1);
    expect(tokenFiles().sort()).toEqual([
      expect.stringMatching(/ENCR0\.crt$/),
      expect.stringMatching(/SIGN0\.crt$/),
    ]);
    await sweepAgainChangesNothing();

    // the produce_card job's retry completes the order without a second audit entry
    const application = (await h.database.db.application.findMany())[0]!;
    await ra.production.produceCard(application.id);
    expect((await auditCounts()).get(`certificate_issued ${sign}`)).toBe(1);
    expect((await h.database.db.application.findMany())[0]!.status).toBe("produced");
  }, 120_000);

  it("completes a payment posting cut off after the payment was marked posted: the step, the e-mail, the certificates, once", async () => {
    crashAfter(deps.payments, "markPosted");
    await expect(pay()).rejects.toThrow("crash after markPosted");
    const application = (await h.database.db.application.findMany())[0]!;
    expect(application.status).toBe("paid");
    expect(await engine.findByVkn(vkn)).toEqual([]);
    // the failed run gave its step up: the sweep completes it at once
    expect(await sweep.run(h.clock.now())).toMatchObject({ completed: 1, failed: 0 });
    expect((await h.database.db.application.findMany())[0]!.status).toBe("produced");
    expect((await engine.findByVkn(vkn)).map((c) => c.kind).sort()).toEqual(["encr", "sign"]);
    const steps = await h.database.db.productionStep.findMany({ where: { step: "payment_posted" } });
    expect(steps).toHaveLength(1);
    expect(h.outbox.sent.filter((m) => m.template === "payment_posted")).toHaveLength(1);
    await sweepAgainChangesNothing();
  }, 120_000);

  it("a repeated payment notice completes a posting a crash cut off (before, it answered posted and did nothing)", async () => {
    crashAfter(deps.payments, "markPosted");
    await expect(pay()).rejects.toThrow("crash after markPosted");
    // a real crash leaves the step held until its lease runs out; the provider's retry comes first
    await h.database.db.recoveryStep.updateMany({ data: { leaseUntil: new Date(0) } });
    await pay();
    expect((await h.database.db.application.findMany())[0]!.status).toBe("produced");
    expect(await h.database.db.productionStep.count({ where: { step: "payment_posted" } })).toBe(1);
    await pay(); // and once more: nothing more happens
    expect((await engine.findByVkn(vkn)).length).toBe(2);
    expect(h.outbox.sent.filter((m) => m.template === "payment_posted")).toHaveLength(1);
  }, 120_000);

  it("a second production of the order while the first holds it is refused and leaves one set of certificates", async () => {
    await pay();
    const application = (await h.database.db.application.findMany())[0]!;
    await h.database.db.application.update({
      where: { id: application.id },
      data: { status: "in_production" },
    });
    const runs = await Promise.allSettled([
      ra.production.produceCard(application.id),
      ra.production.produceCard(application.id),
    ]);
    const issuedRows = await h.database.db.certificate.count({ where: { state: "issued" } });
    expect(issuedRows).toBe(2);
    for (const run of runs)
      if (run.status === "rejected") expect(run.reason).toMatchObject({ code: "production_in_progress" });
  }, 120_000);

  it("the produce_card job finding the order held by another run is deferred (JobNotReady), not failed, and produces it once free", async () => {
    await pay(); // produces the card inline; the job below finds the order back in production
    const application = (await h.database.db.application.findMany())[0]!;
    await h.database.db.application.update({
      where: { id: application.id },
      data: { status: "in_production" },
    });
    const key = issuanceStepKey(application.id);
    expect(await holdStep(deps, key, recoveryKinds.issuance, { orderId: application.id })).toBe(true);
    const job = ra.jobHandlers()[produceCardJob]!;
    const refused = await job({ applicationId: application.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(JobNotReady);
    expect((await h.database.db.application.findMany())[0]!.status).toBe("in_production");
    await releaseStep(deps, key);
    await job({ applicationId: application.id });
    expect((await h.database.db.application.findMany())[0]!.status).toBe("produced");
    expect(await h.database.db.certificate.count({ where: { state: "issued" } })).toBe(2);
  }, 120_000);

  it("completes a revocation cut off after the revoke write: its audit entry, the sibling, the notice, once", async () => {
    await pay();
    const { sign, encr } = await issued();
    await verify("web-r1");
    crashAfter(repository, "revokeOnce");
    await expect(
      ra.revokeByCustomer({ conversationId: "web-r1", serial: sign, reason: "kayip" }),
    ).rejects.toThrow(/crash after revokeOnce/);
    expect((await engine.findBySerial(sign))?.status).toBe("revoked");
    expect((await engine.findBySerial(encr))?.status).not.toBe("revoked");
    expect((await auditCounts()).get(`certificate_revoked ${sign}`)).toBeUndefined();
    // the customer trying again is told it is revoked; the sweep completes the rest
    await expect(
      ra.revokeByCustomer({ conversationId: "web-r1", serial: sign, reason: "kayip" }),
    ).rejects.toMatchObject({ code: "already_revoked" });

    await sweepTwice();
    const audit = await auditCounts();
    expect(audit.get(`certificate_revoked ${sign}`)).toBe(1);
    expect(audit.get(`certificate_revoked ${encr}`)).toBe(1);
    expect(audit.get(`revocation_by_request ${sign}`)).toBe(1);
    expect((await engine.findBySerial(encr))?.status).toBe("revoked");
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_revoked").length).toBeGreaterThanOrEqual(1);
    await sweepAgainChangesNothing();
  }, 120_000);

  it("completes the sibling's revocation (R7.1) cut off after the first certificate was revoked and audited", async () => {
    await pay();
    const { sign, encr } = await issued();
    await verify("web-r2");
    // the first revokeOnce runs normally, the sibling's crashes right after its write
    const original = repository.revokeOnce.bind(repository);
    let calls = 0;
    (repository as { revokeOnce: CaRepository["revokeOnce"] }).revokeOnce = async (...args) => {
      const done = await original(...args);
      calls += 1;
      if (calls === 2) throw new Error("crash after the sibling's revokeOnce");
      return done;
    };
    await expect(
      ra.revokeByCustomer({ conversationId: "web-r2", serial: sign, reason: "calinti" }),
    ).rejects.toThrow(/sibling/);
    expect((await auditCounts()).get(`certificate_revoked ${encr}`)).toBeUndefined();
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_revoked")).toHaveLength(0);

    await sweepTwice();
    const audit = await auditCounts();
    expect(audit.get(`certificate_revoked ${sign}`)).toBe(1);
    expect(audit.get(`certificate_revoked ${encr}`)).toBe(1);
    expect(audit.get(`revocation_by_request ${sign}`)).toBe(1);
    expect(h.outbox.to("bilgi@ornek.com.tr", "certificate_revoked")).toHaveLength(1);
    await sweepAgainChangesNothing();
  }, 120_000);

  it("executes an approved four-eyes revocation whose execution a crash cut off", async () => {
    await pay();
    const { sign, encr } = await issued();
    const { request } = await ra.revocation.byAgent({ serial: sign, reason: "gib", agentId: "U1" });
    crashAfter(deps.revocations, "decide");
    await expect(
      ra.revocation.decide({ requestId: request.id, agentId: "U2", approve: true }),
    ).rejects.toThrow(/crash after decide/);
    expect((await deps.revocations.byId(request.id))?.status).toBe("approved");
    expect((await engine.findBySerial(sign))?.status).not.toBe("revoked");

    await sweepTwice();
    expect((await engine.findBySerial(sign))?.status).toBe("revoked");
    expect((await engine.findBySerial(encr))?.status).toBe("revoked");
    expect((await deps.revocations.byId(request.id))?.status).toBe("done");
    const audit = await auditCounts();
    expect(audit.get(`revocation_requested ${sign}`)).toBe(1);
    expect(audit.get(`revocation_approved ${sign}`)).toBe(1);
    expect(audit.get(`certificate_revoked ${sign}`)).toBe(1);
    expect(audit.get(`certificate_revoked ${encr}`)).toBe(1);
    expect(audit.get(`revocation_by_request ${sign}`)).toBe(1);
    await sweepAgainChangesNothing();
  }, 120_000);

  it("a rejected or never-written decision needs nothing: the sweep only closes its step", async () => {
    await pay();
    const { sign } = await issued();
    const { request } = await ra.revocation.byAgent({ serial: sign, reason: "misuse", agentId: "U1" });
    // the crash comes before the decision is written
    (deps.revocations as { decide: unknown }).decide = async () => {
      throw new Error("crash before decide");
    };
    await expect(
      ra.revocation.decide({ requestId: request.id, agentId: "U2", approve: true }),
    ).rejects.toThrow(/crash before decide/);
    await sweepTwice();
    expect((await engine.findBySerial(sign))?.status).not.toBe("revoked");
    expect((await deps.revocations.byId(request.id))?.status).toBe("pending");
    await sweepAgainChangesNothing();
  }, 120_000);

  it("tells the old contact once when a crash cut a contact update off after the update", async () => {
    await pay();
    await verify("web-c1");
    await ra.contacts.start({ conversationId: "web-c1", kind: "email", newValue: "yeni@ornek.com.tr" });
    const code = h.outbox.lastCode("yeni@ornek.com.tr");
    crashAfter(deps.subscribers, "updateContact");
    await expect(ra.contacts.confirm({ conversationId: "web-c1", code })).rejects.toThrow(
      /crash after updateContact/,
    );
    expect((await deps.subscribers.get(vkn))?.email).toBe("yeni@ornek.com.tr");
    expect(h.outbox.to("bilgi@ornek.com.tr", "contact_changed")).toHaveLength(0);

    await sweepTwice();
    expect(h.outbox.to("bilgi@ornek.com.tr", "contact_changed")).toHaveLength(1);
    const audited = [...(await auditCounts()).entries()].filter(([key]) =>
      key.startsWith("contact_updated "),
    );
    expect(audited.map(([, n]) => n)).toEqual([1]);
    await sweepAgainChangesNothing();
    // the step's payload (the contacts) is not kept once the change is complete
    const steps = await h.database.db.recoveryStep.findMany();
    expect(steps.every((s) => s.payload === "{}")).toBe(true);
  }, 120_000);
});
