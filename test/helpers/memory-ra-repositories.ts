/**
 * In-memory implementations of the RA's repository ports (core/ra/ports/), for tests and benches
 * that need the real RA without a database. test/contracts/ra-repositories.contract.test.ts runs the
 * same contract over these and over the Prisma ones on SQLite and PostgreSQL, so they cannot drift.
 */
import { ConflictError } from "../../core/errors/domain-error.ts";
import type { RecoveryLedger, RecoveryStep } from "../../core/ports/recovery-ledger.ts";
import type {
  ApplicationRecord,
  ApplicationRepository,
  ApplicationStatus,
} from "../../core/ra/ports/application-repository.ts";
import type { PaymentRecord, PaymentRepository } from "../../core/ra/ports/payment-repository.ts";
import type {
  DeliveryRecord,
  ProductionRepository,
  ProductionStepRecord,
} from "../../core/ra/ports/production-repository.ts";
import type {
  RevocationRequestRecord,
  RevocationRequestRepository,
} from "../../core/ra/ports/revocation-request-repository.ts";
import type { SubscriberRecord, SubscriberRepository } from "../../core/ra/ports/subscriber-repository.ts";
import type {
  OtpChallengeRecord,
  VerificationRecord,
  VerificationRepository,
} from "../../core/ra/ports/verification-repository.ts";

/** A deep copy, so a caller never holds the stored object (as with a database). */
const copy = <T>(value: T): T => structuredClone(value);

/** Applications in a map, unique by id, order number and idempotency key. */
export class MemoryApplicationRepository implements ApplicationRepository {
  readonly #rows = new Map<string, ApplicationRecord>();

  async insertOrGet(record: ApplicationRecord): Promise<{ record: ApplicationRecord; created: boolean }> {
    for (const row of this.#rows.values()) {
      if (row.idempotencyKey === record.idempotencyKey) return { record: copy(row), created: false };
      if (row.orderNo === record.orderNo || row.id === record.id)
        throw new ConflictError("order_number_taken", "the order number exists already", "orderNo");
    }
    this.#rows.set(record.id, copy(record));
    return { record: copy(record), created: true };
  }

  async byOrderNo(orderNo: string): Promise<ApplicationRecord | undefined> {
    for (const row of this.#rows.values()) if (row.orderNo === orderNo) return copy(row);
    return undefined;
  }

  async byId(id: string): Promise<ApplicationRecord | undefined> {
    const row = this.#rows.get(id);
    return row && copy(row);
  }

  async orderNumbersOf(idNumber: string, limit: number): Promise<string[]> {
    return [...this.#rows.values()]
      .filter((row) => row.idNumber === idNumber)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.orderNo.localeCompare(a.orderNo))
      .slice(0, limit)
      .map((row) => row.orderNo);
  }

  async transition(id: string, from: ApplicationStatus[], to: ApplicationStatus): Promise<boolean> {
    const row = this.#rows.get(id);
    if (!row || !from.includes(row.status)) return false;
    row.status = to;
    return true;
  }
}

/** Payments in a map, unique by provider reference and one per order. */
export class MemoryPaymentRepository implements PaymentRepository {
  readonly #rows = new Map<string, PaymentRecord>();

  async insertOrGet(record: PaymentRecord): Promise<{ record: PaymentRecord; created: boolean }> {
    for (const row of this.#rows.values())
      if (row.providerRef === record.providerRef) return { record: copy(row), created: false };
    for (const row of this.#rows.values())
      if (row.applicationId === record.applicationId)
        throw new ConflictError("already_paid", "the order has been paid already", "orderNo");
    this.#rows.set(record.id, copy(record));
    return { record: copy(record), created: true };
  }

  async byId(id: string): Promise<PaymentRecord | undefined> {
    const row = this.#rows.get(id);
    return row && copy(row);
  }

  async ofApplication(applicationId: string): Promise<PaymentRecord[]> {
    return [...this.#rows.values()]
      .filter((r) => r.applicationId === applicationId)
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
      .map(copy);
  }

  async markPosted(id: string, at: Date): Promise<boolean> {
    const row = this.#rows.get(id);
    if (!row || row.postedAt) return false;
    row.postedAt = new Date(at);
    return true;
  }

  async markRefunded(id: string, at: Date, reason: string): Promise<boolean> {
    const row = this.#rows.get(id);
    if (!row || row.refundedAt) return false;
    row.refundedAt = new Date(at);
    row.refundReason = reason;
    return true;
  }
}

/** Production steps and deliveries in memory. */
export class MemoryProductionRepository implements ProductionRepository {
  readonly #steps: ProductionStepRecord[] = [];
  readonly #deliveries = new Map<string, DeliveryRecord>();

  async addStep(step: ProductionStepRecord): Promise<void> {
    this.#steps.push(copy(step));
  }

  async steps(applicationId: string): Promise<ProductionStepRecord[]> {
    // In the order they were added, as the database keeps a position per application.
    return this.#steps.filter((s) => s.applicationId === applicationId).map(copy);
  }

  async delivery(applicationId: string): Promise<DeliveryRecord | undefined> {
    const row = this.#deliveries.get(applicationId);
    return row && copy(row);
  }

  async saveDelivery(delivery: DeliveryRecord): Promise<void> {
    this.#deliveries.set(delivery.applicationId, copy(delivery));
  }
}

/** Subscribers keyed by VKN/TCKN. */
export class MemorySubscriberRepository implements SubscriberRepository {
  readonly #rows = new Map<string, SubscriberRecord>();
  readonly #proofs = new Map<string, Date>();

  async get(idNumber: string): Promise<SubscriberRecord | undefined> {
    const row = this.#rows.get(idNumber);
    if (!row) return undefined;
    const { emailVerifiedAt: _e, phoneVerifiedAt: _p, ...contact } = copy(row);
    const email = this.#proofs.get(`${idNumber}|email|${row.email}`);
    const phone = this.#proofs.get(`${idNumber}|phone|${row.phone}`);
    return {
      ...contact,
      ...(email ? { emailVerifiedAt: new Date(email) } : {}),
      ...(phone ? { phoneVerifiedAt: new Date(phone) } : {}),
    };
  }

  async markContactVerified(
    idNumber: string,
    kind: "email" | "phone",
    value: string,
    at: Date,
  ): Promise<void> {
    const key = `${idNumber}|${kind}|${value}`;
    if (!this.#proofs.has(key)) this.#proofs.set(key, new Date(at));
  }

  async provenAt(idNumber: string, kind: "email" | "phone", value: string): Promise<Date | undefined> {
    const at = this.#proofs.get(`${idNumber}|${kind}|${value}`);
    return at ? new Date(at) : undefined;
  }

  async createIfAbsent(record: SubscriberRecord): Promise<SubscriberRecord> {
    const existing = this.#rows.get(record.idNumber);
    if (existing) return (await this.get(record.idNumber)) ?? copy(existing);
    const { emailVerifiedAt: _e, phoneVerifiedAt: _p, ...contact } = record;
    this.#rows.set(record.idNumber, copy(contact));
    return (await this.get(record.idNumber)) ?? copy(contact);
  }

  async updateContact(idNumber: string, kind: "email" | "phone", value: string): Promise<void> {
    const row = this.#rows.get(idNumber);
    if (!row) throw new Error(`no subscriber ${idNumber}`);
    row[kind] = value;
  }
}

/** Challenges and verifications in memory, with the same conditional updates as the database. */
export class MemoryVerificationRepository implements VerificationRepository {
  readonly #challenges = new Map<string, OtpChallengeRecord>();
  readonly #verifications: VerificationRecord[] = [];

  async createChallenge(record: OtpChallengeRecord): Promise<void> {
    if (this.#challenges.has(record.id)) throw new Error(`challenge ${record.id} exists`);
    this.#challenges.set(record.id, copy(record));
  }

  async latestChallenge(
    conversationId: string,
    purpose: OtpChallengeRecord["purpose"],
  ): Promise<OtpChallengeRecord | undefined> {
    const newest = [...this.#challenges.values()]
      .filter((c) => c.conversationId === conversationId && c.purpose === purpose && !c.consumedAt)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id > a.id ? 1 : -1))[0];
    return newest && copy(newest);
  }

  async countChallengesSince(
    filter: { subjectKey?: string; conversationId?: string; network?: string },
    since: Date,
  ): Promise<number> {
    let n = 0;
    for (const c of this.#challenges.values()) {
      if (filter.network !== undefined && c.network !== filter.network) continue;
      if (filter.subjectKey !== undefined && c.subjectKey !== filter.subjectKey) continue;
      if (filter.conversationId !== undefined && c.conversationId !== filter.conversationId) continue;
      if (c.createdAt.getTime() >= since.getTime()) n++;
    }
    return n;
  }

  async countAttempt(id: string, max: number): Promise<number | undefined> {
    const c = this.#challenges.get(id);
    if (!c || c.consumedAt || c.attempts >= max) return undefined;
    c.attempts += 1;
    return c.attempts;
  }

  async consume(id: string, at: Date): Promise<boolean> {
    const c = this.#challenges.get(id);
    if (!c || c.consumedAt) return false;
    c.consumedAt = new Date(at);
    return true;
  }

  async saveVerification(record: VerificationRecord): Promise<void> {
    this.#verifications.push(copy(record));
  }

  async activeVerification(conversationId: string, now: Date): Promise<VerificationRecord | undefined> {
    // the newest; of two made at the same instant, the one saved last
    let newest: VerificationRecord | undefined;
    for (const v of this.#verifications)
      if (v.conversationId === conversationId && v.expiresAt.getTime() > now.getTime())
        if (!newest || v.verifiedAt.getTime() >= newest.verifiedAt.getTime()) newest = v;
    return newest && copy(newest);
  }
}

/** Revocation requests in memory. */
export class MemoryRevocationRequestRepository implements RevocationRequestRepository {
  readonly #rows = new Map<string, RevocationRequestRecord>();

  async insert(record: RevocationRequestRecord): Promise<void> {
    if (this.#rows.has(record.id)) throw new Error(`revocation request ${record.id} exists`);
    this.#rows.set(record.id, copy(record));
  }

  async byId(id: string): Promise<RevocationRequestRecord | undefined> {
    const row = this.#rows.get(id);
    return row && copy(row);
  }

  async pendingForSerial(serial: string): Promise<RevocationRequestRecord | undefined> {
    for (const row of this.#rows.values())
      if (row.serial === serial && row.status === "pending") return copy(row);
    return undefined;
  }

  async decidedForSerial(serial: string): Promise<RevocationRequestRecord | undefined> {
    const decided = [...this.#rows.values()]
      .filter((row) => row.serial === serial && (row.status === "approved" || row.status === "done"))
      .sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0));
    return decided[0] ? copy(decided[0]) : undefined;
  }

  async decide(
    id: string,
    decision: { status: "approved" | "rejected" | "done"; approvedBy?: string; decidedAt: Date },
  ): Promise<boolean> {
    const row = this.#rows.get(id);
    if (row?.status !== "pending") return false;
    row.status = decision.status;
    if (decision.approvedBy !== undefined) row.approvedBy = decision.approvedBy;
    row.decidedAt = new Date(decision.decidedAt);
    return true;
  }

  async markDone(id: string): Promise<void> {
    const row = this.#rows.get(id);
    if (!row) throw new Error(`no revocation request ${id}`);
    row.status = "done";
  }
}

/**
 * The recovery ledger in memory. The audit entries `audited` looks at are the ones pushed to
 * `auditEntries` (a test wires its audit log's appends there).
 */
export class MemoryRecoveryLedger implements RecoveryLedger {
  readonly #rows = new Map<string, RecoveryStep & { closedAt?: Date }>();
  readonly auditEntries: { action: string; subject: string; at: Date; details?: Record<string, unknown> }[] =
    [];

  async acquire(step: RecoveryStep, now: Date): Promise<boolean> {
    const row = this.#rows.get(step.key);
    if (!row || row.closedAt) {
      this.#rows.set(step.key, copy(step));
      return true;
    }
    if (row.leaseUntil.getTime() >= now.getTime()) return false;
    row.leaseUntil = new Date(step.leaseUntil);
    return true;
  }

  async release(key: string): Promise<void> {
    const row = this.#rows.get(key);
    if (row && !row.closedAt) row.leaseUntil = new Date(0);
  }

  async close(key: string, at: Date): Promise<void> {
    const row = this.#rows.get(key);
    if (row && !row.closedAt) {
      row.closedAt = new Date(at);
      row.payload = {};
    }
  }

  async overdue(now: Date, limit: number): Promise<RecoveryStep[]> {
    return [...this.#rows.values()]
      .filter((row) => !row.closedAt && row.leaseUntil.getTime() < now.getTime())
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())
      .slice(0, limit)
      .map(({ closedAt: _closed, ...step }) => copy(step));
  }

  async audited(action: string, subject: string, since?: Date): Promise<boolean> {
    return this.auditEntries.some(
      (e) => e.action === action && e.subject === subject && (!since || e.at.getTime() >= since.getTime()),
    );
  }

  async auditDetails(action: string, subject: string): Promise<Record<string, unknown>[]> {
    return this.auditEntries
      .filter((e) => e.action === action && e.subject === subject)
      .map((e) => ({ ...e.details }));
  }
}

/** Every RA repository in memory, shaped like `createPrismaRaRepositories`. */
export function createMemoryRaRepositories() {
  return {
    applications: new MemoryApplicationRepository(),
    payments: new MemoryPaymentRepository(),
    production: new MemoryProductionRepository(),
    subscribers: new MemorySubscriberRepository(),
    verifications: new MemoryVerificationRepository(),
    revocations: new MemoryRevocationRequestRepository(),
    recovery: new MemoryRecoveryLedger(),
  };
}
