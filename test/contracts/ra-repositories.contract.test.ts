/**
 * The contract of the RA's repository ports (core/ra/ports/), run over the in-memory repositories and
 * over the Prisma ones on SQLite and PostgreSQL: one suite, three implementations.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../adapters/db/audit-store.ts";
import { createPrismaRaRepositories } from "../../adapters/db/ra/prisma-ra-repositories.ts";
import { newRowId } from "../../adapters/db/row-id.ts";
import { AuditLog } from "../../core/audit/audit-log.ts";
import type { RecoveryLedger } from "../../core/ports/recovery-ledger.ts";
import type { ApplicationRecord } from "../../core/ra/ports/application-repository.ts";
import type { OtpChallengeRecord } from "../../core/ra/ports/verification-repository.ts";
import type { RaDeps } from "../../core/ra/ra-deps.ts";
import { assertPostgresReachable, freshDatabase, testDialects } from "../helpers/databases.ts";
import { createMemoryRaRepositories } from "../helpers/memory-ra-repositories.ts";

/** The RA's repository ports, as `RaDeps` holds them. */
type Repositories = Pick<
  RaDeps,
  "applications" | "payments" | "production" | "subscribers" | "verifications" | "revocations"
> & { recovery: RecoveryLedger };

/** Appends an entry to the audit chain the implementation's ledger reads. */
type AppendAudit = (
  action: string,
  subject: string,
  at: Date,
  details?: Record<string, string>,
) => Promise<void>;

interface Implementation {
  name: string;
  open(): Promise<{ repos: Repositories; appendAudit: AppendAudit; dispose(): Promise<void> }>;
}

const implementations: Implementation[] = [
  {
    name: "memory",
    open: async () => {
      const repos = createMemoryRaRepositories();
      return {
        repos,
        appendAudit: async (action, subject, at, details) => {
          repos.recovery.auditEntries.push({ action, subject, at, ...(details ? { details } : {}) });
        },
        dispose: async () => {},
      };
    },
  },
  ...testDialects.map(
    (dialect): Implementation => ({
      name: dialect.name,
      open: async () => {
        if (dialect.name === "postgresql") await assertPostgresReachable();
        const database = await freshDatabase(dialect);
        const store = new PrismaAuditStore(database.db, database.dialect);
        return {
          repos: createPrismaRaRepositories(database.db),
          appendAudit: async (action, subject, at, details) => {
            await new AuditLog(store, { now: () => at }).append({ actor: "test", action, subject, details });
          },
          dispose: () => database.dispose(),
        };
      },
    }),
  ),
];

const at = (iso: string) => new Date(iso);
let orderSeq = 0;

function application(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  orderSeq++;
  return {
    id: randomUUID(),
    orderNo: `MM${String(1_000_000_000 + orderSeq)}`,
    idempotencyKey: `key-${randomUUID()}`,
    personType: "tuzel",
    idNumber: "3230512384",
    title: "Örnek Bilişim A.Ş.",
    signerName: "Ayşe Yılmaz",
    signerTckn: "10000000146",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
    medium: "card",
    deliveryAddress: "Atatürk Cad. No: 1 Ankara",
    status: "awaiting_payment",
    amountKurus: 175_000,
    channel: "web",
    createdAt: at("2026-11-25T07:00:00Z"),
    ...overrides,
  };
}

function challenge(overrides: Partial<OtpChallengeRecord> = {}): OtpChallengeRecord {
  return {
    id: randomUUID(),
    purpose: "verify",
    subjectKey: "vkn:3230512384",
    conversationId: "c-1",
    codeHash: "h".repeat(64),
    attempts: 0,
    expiresAt: at("2026-11-25T07:05:00Z"),
    createdAt: at("2026-11-25T07:00:00Z"),
    ...overrides,
  };
}

describe.each(implementations)("RA repositories contract: $name", (implementation) => {
  let repos: Repositories;
  let appendAudit: AppendAudit;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ repos, appendAudit, dispose } = await implementation.open());
  }, 60_000);
  afterAll(async () => dispose?.());

  describe("applications", () => {
    it("inserts once per idempotency key and returns the stored record on a repeat", async () => {
      const first = application({ hsmGroup: undefined });
      const created = await repos.applications.insertOrGet(first);
      expect(created.created).toBe(true);
      const again = await repos.applications.insertOrGet({
        ...application(),
        idempotencyKey: first.idempotencyKey,
      });
      expect(again.created).toBe(false);
      expect(again.record.id).toBe(first.id);
      expect(again.record.orderNo).toBe(first.orderNo);
      expect(await repos.applications.byOrderNo(first.orderNo)).toMatchObject({
        id: first.id,
        title: first.title,
      });
      expect(await repos.applications.byId(first.id)).toMatchObject({ orderNo: first.orderNo });
      expect(await repos.applications.byId(randomUUID())).toBeUndefined();
    });

    it("refuses a second application with a taken order number", async () => {
      const first = application();
      await repos.applications.insertOrGet(first);
      await expect(
        repos.applications.insertOrGet({ ...application(), orderNo: first.orderNo }),
      ).rejects.toMatchObject({ code: "order_number_taken" });
    });

    it("keeps an HSM group and a real person's TCKN as they were written", async () => {
      const hsm = application({
        medium: "hsm",
        deliveryAddress: undefined,
        hsmGroup: [{ vkn: "4540536920", title: "Örnek Lojistik A.Ş.", barcode: "BRK-1" }],
        hsmAddress: "OSB 3. Cad. Kocaeli",
        techName: "Mehmet Demir",
        techPhone: "+905337654321",
      });
      await repos.applications.insertOrGet(hsm);
      expect(await repos.applications.byId(hsm.id)).toMatchObject({
        hsmGroup: hsm.hsmGroup,
        hsmAddress: hsm.hsmAddress,
        techPhone: hsm.techPhone,
      });
      const person = application({ personType: "gercek", idNumber: "10000000146" });
      await repos.applications.insertOrGet(person);
      expect((await repos.applications.byId(person.id))?.idNumber).toBe("10000000146");
    });

    it("keeps the customer's language; Turkish, the default, reads back absent", async () => {
      const english = application({ language: "en" });
      const turkish = application({ language: "tr" });
      await repos.applications.insertOrGet(english);
      await repos.applications.insertOrGet(turkish);
      expect((await repos.applications.byId(english.id))?.language).toBe("en");
      expect((await repos.applications.byOrderNo(turkish.orderNo))?.language ?? "tr").toBe("tr");
      const firm = {
        idNumber: "7000000001",
        title: "Örnek",
        email: "en@ornek.com.tr",
        phone: "+905320000001",
      };
      await repos.subscribers.createIfAbsent({ ...firm, language: "en" });
      expect((await repos.subscribers.get(firm.idNumber))?.language).toBe("en");
    });

    it("moves the status only from an expected state, once", async () => {
      const a = application();
      await repos.applications.insertOrGet(a);
      expect(await repos.applications.transition(a.id, ["awaiting_payment"], "paid")).toBe(true);
      expect(await repos.applications.transition(a.id, ["awaiting_payment"], "paid")).toBe(false);
      expect(await repos.applications.transition(a.id, ["paid"], "in_production")).toBe(true);
      expect((await repos.applications.byId(a.id))?.status).toBe("in_production");
      expect(await repos.applications.transition(randomUUID(), ["paid"], "in_production")).toBe(false);
    });

    it("hands out copies: changing a returned record changes nothing stored", async () => {
      const a = application();
      await repos.applications.insertOrGet(a);
      const read = (await repos.applications.byId(a.id))!;
      read.status = "refunded";
      expect((await repos.applications.byId(a.id))?.status).toBe("awaiting_payment");
    });
  });

  describe("payments", () => {
    it("records one payment per provider reference, posts and refunds once", async () => {
      const a = application();
      await repos.applications.insertOrGet(a);
      const payment = {
        id: randomUUID(),
        applicationId: a.id,
        channel: "ziraat" as const,
        providerRef: `ZB-${randomUUID()}`,
        amountKurus: 175_000,
        receivedAt: at("2026-11-25T08:00:00Z"),
        postsAt: at("2026-11-26T08:00:00Z"),
      };
      expect((await repos.payments.insertOrGet(payment)).created).toBe(true);
      const repeat = await repos.payments.insertOrGet({ ...payment, id: randomUUID(), amountKurus: 1 });
      expect(repeat).toMatchObject({ created: false, record: { id: payment.id, amountKurus: 175_000 } });
      expect(await repos.payments.markPosted(payment.id, at("2026-11-26T08:00:00Z"))).toBe(true);
      expect(await repos.payments.markPosted(payment.id, at("2026-11-27T08:00:00Z"))).toBe(false);
      expect((await repos.payments.byId(payment.id))?.postedAt).toEqual(at("2026-11-26T08:00:00Z"));
      expect(await repos.payments.markRefunded(payment.id, at("2026-11-28T08:00:00Z"), "ca_error")).toBe(
        true,
      );
      expect(await repos.payments.markRefunded(payment.id, at("2026-11-29T08:00:00Z"), "again")).toBe(false);
      expect(await repos.payments.byId(payment.id)).toMatchObject({ refundReason: "ca_error" });
    });

    it("refuses a second payment for a paid order, and lists an order's payment", async () => {
      const a = application();
      await repos.applications.insertOrGet(a);
      const first = {
        id: randomUUID(),
        applicationId: a.id,
        channel: "sanalpos" as const,
        providerRef: `P-${randomUUID()}`,
        amountKurus: 175_000,
        receivedAt: at("2026-11-25T09:00:00Z"),
        postsAt: at("2026-11-25T09:00:00Z"),
      };
      await repos.payments.insertOrGet(first);
      await expect(
        repos.payments.insertOrGet({ ...first, id: randomUUID(), providerRef: `P-${randomUUID()}` }),
      ).rejects.toMatchObject({ code: "already_paid" });
      expect((await repos.payments.ofApplication(a.id)).map((p) => p.id)).toEqual([first.id]);
      expect(await repos.payments.ofApplication(randomUUID())).toEqual([]);
    });
  });

  describe("production and delivery", () => {
    it("keeps steps in the order they were added, and one delivery per order", async () => {
      const a = application({ medium: "hsm" });
      await repos.applications.insertOrGet(a);
      const step = (name: string, iso: string) => ({
        id: randomUUID(),
        applicationId: a.id,
        step: name,
        actor: "U1",
        at: at(iso),
      });
      await repos.production.addStep(step("instructions_sent", "2026-11-25T09:00:00Z"));
      await repos.production.addStep(step("firm_ready", "2026-11-25T08:00:00Z"));
      expect((await repos.production.steps(a.id)).map((s) => s.step)).toEqual([
        "instructions_sent",
        "firm_ready",
      ]);
      expect(await repos.production.delivery(a.id)).toBeUndefined();
      const delivery = {
        id: randomUUID(),
        applicationId: a.id,
        status: "shipped" as const,
        recipientKind: "signatory" as const,
        documents: [],
        trackingNo: "TR1",
      };
      await repos.production.saveDelivery(delivery);
      await repos.production.saveDelivery({
        ...delivery,
        status: "delivered",
        recipientKind: "petition",
        recipientName: "Can Çalışan",
        documents: ["delivery_petition", "imza_sirkuleri"],
      });
      expect(await repos.production.delivery(a.id)).toMatchObject({
        status: "delivered",
        recipientKind: "petition",
        recipientName: "Can Çalışan",
        documents: ["delivery_petition", "imza_sirkuleri"],
        trackingNo: "TR1",
      });
    });
  });

  describe("subscribers", () => {
    it("creates once, keeps the first contact, and changes one contact at a time", async () => {
      const idNumber = "4540536920";
      const first = { idNumber, title: "Örnek", email: "a@ornek.com.tr", phone: "+905321234567" };
      expect(await repos.subscribers.createIfAbsent(first)).toEqual(first);
      expect(await repos.subscribers.createIfAbsent({ ...first, email: "b@ornek.com.tr" })).toEqual(first);
      await repos.subscribers.updateContact(idNumber, "email", "yeni@ornek.com.tr");
      expect(await repos.subscribers.get(idNumber)).toEqual({ ...first, email: "yeni@ornek.com.tr" });
      expect(await repos.subscribers.get("6180884538")).toBeUndefined();
      await expect(repos.subscribers.updateContact("6180884538", "phone", "+905320000000")).rejects.toThrow();
    });

    it("R5.1: a contact's proof belongs to its value: kept from before the subscriber exists, first time kept, lost when the contact changes", async () => {
      const idNumber = "3230512384";
      const contact = { idNumber, title: "Örnek", email: "bilgi@ornek.com.tr", phone: "+905321234567" };
      const first = at("2026-11-25T07:00:00Z");
      await repos.subscribers.markContactVerified(idNumber, "email", contact.email, first);
      await repos.subscribers.markContactVerified(
        idNumber,
        "email",
        contact.email,
        at("2026-11-25T08:00:00Z"),
      );
      await repos.subscribers.markContactVerified("6180884538", "phone", contact.phone, first); // another firm's
      expect(await repos.subscribers.createIfAbsent(contact)).toEqual({ ...contact, emailVerifiedAt: first });
      expect(await repos.subscribers.get(idNumber)).toEqual({ ...contact, emailVerifiedAt: first });
      await repos.subscribers.updateContact(idNumber, "email", "yeni@ornek.com.tr");
      expect(await repos.subscribers.get(idNumber)).not.toHaveProperty("emailVerifiedAt");
      await repos.subscribers.markContactVerified(idNumber, "phone", contact.phone, first);
      expect((await repos.subscribers.get(idNumber))?.phoneVerifiedAt).toEqual(first);
    });

    it("R5.1: provenAt reads one value's proof, registered or not", async () => {
      const idNumber = "6180884538";
      const first = at("2026-11-25T07:00:00Z");
      expect(await repos.subscribers.provenAt(idNumber, "email", "a@ornek.com.tr")).toBeUndefined();
      await repos.subscribers.markContactVerified(idNumber, "email", "a@ornek.com.tr", first);
      await repos.subscribers.markContactVerified(
        idNumber,
        "email",
        "a@ornek.com.tr",
        at("2026-11-26T07:00:00Z"),
      );
      expect(await repos.subscribers.provenAt(idNumber, "email", "a@ornek.com.tr")).toEqual(first);
      expect(await repos.subscribers.provenAt(idNumber, "phone", "a@ornek.com.tr")).toBeUndefined();
      expect(await repos.subscribers.provenAt("3230512384", "email", "a@ornek.com.tr")).toBeUndefined();
    });
  });

  describe("verification", () => {
    it("finds the newest unconsumed challenge of a conversation and purpose", async () => {
      const conversationId = `c-${randomUUID()}`;
      const older = challenge({ conversationId, createdAt: at("2026-11-25T07:00:00Z") });
      const newer = challenge({ conversationId, createdAt: at("2026-11-25T07:01:00Z") });
      const other = challenge({
        conversationId,
        purpose: "contact_update",
        target: { kind: "email", value: "x@y.com.tr" },
      });
      for (const c of [older, newer, other]) await repos.verifications.createChallenge(c);
      expect((await repos.verifications.latestChallenge(conversationId, "verify"))?.id).toBe(newer.id);
      expect(await repos.verifications.latestChallenge(conversationId, "contact_update")).toMatchObject({
        id: other.id,
        target: { kind: "email", value: "x@y.com.tr" },
      });
      expect(await repos.verifications.consume(newer.id, at("2026-11-25T07:02:00Z"))).toBe(true);
      expect(await repos.verifications.consume(newer.id, at("2026-11-25T07:03:00Z"))).toBe(false);
      expect((await repos.verifications.latestChallenge(conversationId, "verify"))?.id).toBe(older.id);
    });

    it("counts attempts up to the maximum only, never on a consumed challenge", async () => {
      const c = challenge();
      await repos.verifications.createChallenge(c);
      expect(await repos.verifications.countAttempt(c.id, 3)).toBe(1);
      expect(await repos.verifications.countAttempt(c.id, 3)).toBe(2);
      expect(await repos.verifications.countAttempt(c.id, 3)).toBe(3);
      expect(await repos.verifications.countAttempt(c.id, 3)).toBeUndefined();
      const d = challenge();
      await repos.verifications.createChallenge(d);
      await repos.verifications.consume(d.id, at("2026-11-25T07:01:00Z"));
      expect(await repos.verifications.countAttempt(d.id, 3)).toBeUndefined();
      const racing = challenge();
      await repos.verifications.createChallenge(racing);
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map(() => repos.verifications.countAttempt(racing.id, 3)),
      );
      expect(results.filter((r) => r !== undefined).sort()).toEqual([1, 2, 3]);
    });

    it("counts challenges since an instant by subject or by conversation", async () => {
      const subjectKey = `vkn:${randomUUID()}`;
      await repos.verifications.createChallenge(
        challenge({ subjectKey, conversationId: "k1", createdAt: at("2026-11-25T06:00:00Z") }),
      );
      await repos.verifications.createChallenge(
        challenge({ subjectKey, conversationId: "k1", createdAt: at("2026-11-25T07:00:00Z") }),
      );
      await repos.verifications.createChallenge(
        challenge({ subjectKey, conversationId: "k2", createdAt: at("2026-11-25T07:30:00Z") }),
      );
      const since = at("2026-11-25T07:00:00Z");
      expect(await repos.verifications.countChallengesSince({ subjectKey }, since)).toBe(2);
      expect(
        await repos.verifications.countChallengesSince({ subjectKey, conversationId: "k1" }, since),
      ).toBe(1);
    });

    it("returns the newest verification still valid", async () => {
      const conversationId = `c-${randomUUID()}`;
      const base = { conversationId, subjectKey: "vkn:3230512384", method: "otp" as const };
      await repos.verifications.saveVerification({
        ...base,
        id: randomUUID(),
        verifiedAt: at("2026-11-25T07:00:00Z"),
        expiresAt: at("2026-11-25T07:15:00Z"),
      });
      const agent = {
        ...base,
        id: randomUUID(),
        method: "agent" as const,
        agentId: "U1",
        verifiedAt: at("2026-11-25T07:10:00Z"),
        expiresAt: at("2026-11-25T07:25:00Z"),
      };
      await repos.verifications.saveVerification(agent);
      expect(
        await repos.verifications.activeVerification(conversationId, at("2026-11-25T07:12:00Z")),
      ).toMatchObject({ id: agent.id, agentId: "U1" });
      expect(
        await repos.verifications.activeVerification(conversationId, at("2026-11-25T07:25:00Z")),
      ).toBeUndefined();
    });

    it("of two verifications made at the same instant, returns the one saved last", async () => {
      // a frozen clock (replays) verifies firm A, then firm B, at the same instant
      const conversationId = `c-${randomUUID()}`;
      const same = { conversationId, method: "otp" as const, verifiedAt: at("2026-11-25T07:00:00Z") };
      const expiresAt = at("2026-11-25T07:15:00Z");
      for (const subjectKey of ["3230512384", "4540536920"])
        await repos.verifications.saveVerification({ ...same, id: newRowId(), subjectKey, expiresAt });
      expect(
        await repos.verifications.activeVerification(conversationId, at("2026-11-25T07:01:00Z")),
      ).toMatchObject({ subjectKey: "4540536920" });
    });
  });

  describe("revocation requests", () => {
    it("decides a pending request once and finds pending requests by serial", async () => {
      const serial = randomUUID().replace(/-/g, "");
      const request = {
        id: randomUUID(),
        serial,
        reason: "gib" as const,
        requestedBy: "U1",
        requestedAt: at("2026-11-25T07:00:00Z"),
        status: "pending" as const,
      };
      await repos.revocations.insert(request);
      expect((await repos.revocations.pendingForSerial(serial))?.id).toBe(request.id);
      expect(await repos.revocations.decidedForSerial(serial)).toBeUndefined();
      expect(
        await repos.revocations.decide(request.id, {
          status: "approved",
          approvedBy: "U2",
          decidedAt: at("2026-11-25T07:05:00Z"),
        }),
      ).toBe(true);
      expect(
        await repos.revocations.decide(request.id, {
          status: "rejected",
          approvedBy: "U3",
          decidedAt: at("2026-11-25T07:06:00Z"),
        }),
      ).toBe(false);
      expect(await repos.revocations.byId(request.id)).toMatchObject({
        status: "approved",
        approvedBy: "U2",
      });
      expect(await repos.revocations.pendingForSerial(serial)).toBeUndefined();
      expect((await repos.revocations.decidedForSerial(serial))?.id).toBe(request.id);
      await repos.revocations.markDone(request.id);
      expect((await repos.revocations.byId(request.id))?.status).toBe("done");
      expect((await repos.revocations.decidedForSerial(serial))?.reason).toBe(request.reason);
    });
  });

  describe("recovery ledger", () => {
    const step = (key: string, openedAt: string, leaseUntil: string) => ({
      key,
      kind: "revocation",
      payload: { serial: "0a", reason: "kayip" },
      openedAt: at(openedAt),
      leaseUntil: at(leaseUntil),
    });

    it("lets one holder hold a step until its lease runs out, then one other take it over", async () => {
      const key = `revocation:${randomUUID()}`;
      const now = at("2026-11-25T07:00:00Z");
      expect(
        await repos.recovery.acquire(step(key, "2026-11-25T07:00:00Z", "2026-11-25T07:02:00Z"), now),
      ).toBe(true);
      // held: neither a second live change nor the sweep gets it
      expect(
        await repos.recovery.acquire(
          step(key, "2026-11-25T07:01:00Z", "2026-11-25T07:03:00Z"),
          at("2026-11-25T07:01:00Z"),
        ),
      ).toBe(false);
      expect((await repos.recovery.overdue(at("2026-11-25T07:01:00Z"), 100)).map((s) => s.key)).not.toContain(
        key,
      );
      // overdue after its lease: listed with its payload and opening time, taken over by one caller
      const later = at("2026-11-25T07:05:00Z");
      const overdue = (await repos.recovery.overdue(later, 100)).find((s) => s.key === key);
      expect(overdue).toMatchObject({ kind: "revocation", payload: { serial: "0a", reason: "kayip" } });
      expect(overdue?.openedAt.toISOString()).toBe("2026-11-25T07:00:00.000Z");
      const takeOver = { ...overdue!, leaseUntil: at("2026-11-25T07:07:00Z") };
      const takers = await Promise.all([
        repos.recovery.acquire(takeOver, later),
        repos.recovery.acquire(takeOver, later),
      ]);
      expect(takers.filter(Boolean).length).toBe(1);
      // closed: no longer overdue, its payload gone; a later change of the same key reopens it
      await repos.recovery.close(key, later);
      expect((await repos.recovery.overdue(at("2026-11-26T07:00:00Z"), 100)).map((s) => s.key)).not.toContain(
        key,
      );
      expect(
        await repos.recovery.acquire(
          step(key, "2026-11-26T07:00:00Z", "2026-11-26T07:02:00Z"),
          at("2026-11-26T07:00:00Z"),
        ),
      ).toBe(true);
      expect(
        (await repos.recovery.overdue(at("2026-11-26T07:03:00Z"), 100))
          .find((s) => s.key === key)
          ?.openedAt.toISOString(),
      ).toBe("2026-11-26T07:00:00.000Z");
      await repos.recovery.close(key, at("2026-11-26T07:03:00Z"));
    });

    it("gives a held step up after an error: overdue at once, taken by the next caller", async () => {
      const key = `issuance:${randomUUID()}`;
      const now = at("2026-11-28T07:00:00Z");
      await repos.recovery.acquire(step(key, "2026-11-28T07:00:00Z", "2026-11-28T07:02:00Z"), now);
      await repos.recovery.release(key);
      expect((await repos.recovery.overdue(now, 100)).map((s) => s.key)).toContain(key);
      expect(
        await repos.recovery.acquire(step(key, "2026-11-28T07:00:00Z", "2026-11-28T07:02:00Z"), now),
      ).toBe(true);
      await repos.recovery.close(key, now);
    });

    it("lists overdue steps oldest first, at most `limit`", async () => {
      const keys = [0, 1, 2].map(() => `issuance:${randomUUID()}`);
      const now = at("2026-11-27T07:00:00Z");
      await repos.recovery.acquire(step(keys[2]!, "2026-11-27T06:03:00Z", "2026-11-27T06:05:00Z"), now);
      await repos.recovery.acquire(step(keys[0]!, "2026-11-27T06:01:00Z", "2026-11-27T06:05:00Z"), now);
      await repos.recovery.acquire(step(keys[1]!, "2026-11-27T06:02:00Z", "2026-11-27T06:05:00Z"), now);
      const listed = (await repos.recovery.overdue(now, 100))
        .map((s) => s.key)
        .filter((k) => keys.includes(k));
      expect(listed).toEqual(keys);
      expect((await repos.recovery.overdue(now, 2)).length).toBe(2);
      for (const key of keys) await repos.recovery.close(key, now);
    });

    it("says whether the audit chain holds an entry of an action and subject since an instant", async () => {
      const subject = randomUUID();
      expect(await repos.recovery.audited("certificate_revoked", subject)).toBe(false);
      await appendAudit("certificate_revoked", subject, at("2026-11-25T07:00:00Z"));
      expect(await repos.recovery.audited("certificate_revoked", subject)).toBe(true);
      expect(await repos.recovery.audited("certificate_issued", subject)).toBe(false);
      expect(await repos.recovery.audited("certificate_revoked", subject, at("2026-11-25T07:00:00Z"))).toBe(
        true,
      );
      expect(await repos.recovery.audited("certificate_revoked", subject, at("2026-11-25T07:00:01Z"))).toBe(
        false,
      );
    });

    it("gives the details of the audit entries of an action and subject, oldest first", async () => {
      const subject = randomUUID();
      expect(await repos.recovery.auditDetails("payment_recorded", subject)).toEqual([]);
      await appendAudit("payment_recorded", subject, at("2026-11-25T07:00:00Z"), {
        payment: "p-1",
        amount: "1",
      });
      await appendAudit("payment_recorded", subject, at("2026-11-25T07:00:01Z"));
      await appendAudit("payment_refunded", subject, at("2026-11-25T07:00:02Z"), { payment: "p-1" });
      expect(await repos.recovery.auditDetails("payment_recorded", subject)).toEqual([
        { payment: "p-1", amount: "1" },
        {},
      ]);
    });
  });
});
