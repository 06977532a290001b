import { ConflictError } from "../../../core/errors/domain-error.ts";
import type { PaymentRecord, PaymentRepository } from "../../../core/ra/ports/payment-repository.ts";
import type { Db } from "../database.ts";
import { isUniqueViolation } from "./unique-violation.ts";

type Row = NonNullable<Awaited<ReturnType<Db["payment"]["findUnique"]>>>;

/** Payments over the `Payment` table: one per order, one per provider reference. */
export class PrismaPaymentRepository implements PaymentRepository {
  constructor(private readonly db: Db) {}

  async insertOrGet(record: PaymentRecord): Promise<{ record: PaymentRecord; created: boolean }> {
    try {
      await this.db.payment.create({
        data: {
          id: record.id,
          applicationId: record.applicationId,
          channel: record.channel,
          providerRef: record.providerRef,
          amountKurus: record.amountKurus,
          receivedAt: record.receivedAt,
          postsAt: record.postsAt,
        },
      });
      return { record, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const same = await this.db.payment.findUnique({ where: { providerRef: record.providerRef } });
      if (same) return { record: fromRow(same), created: false };
      throw new ConflictError("already_paid", "the order has been paid already", "orderNo");
    }
  }

  async byId(id: string): Promise<PaymentRecord | undefined> {
    const row = await this.db.payment.findUnique({ where: { id } });
    return row ? fromRow(row) : undefined;
  }

  async ofApplication(applicationId: string): Promise<PaymentRecord[]> {
    const rows = await this.db.payment.findMany({ where: { applicationId }, orderBy: { receivedAt: "asc" } });
    return rows.map(fromRow);
  }

  async markPosted(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.payment.updateMany({
      where: { id, postedAt: null },
      data: { postedAt: at },
    });
    return count === 1;
  }

  async markRefunded(id: string, at: Date, reason: string): Promise<boolean> {
    const { count } = await this.db.payment.updateMany({
      where: { id, refundedAt: null },
      data: { refundedAt: at, refundReason: reason },
    });
    return count === 1;
  }
}

function fromRow(row: Row): PaymentRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    channel: row.channel as PaymentRecord["channel"],
    providerRef: row.providerRef,
    amountKurus: row.amountKurus,
    receivedAt: row.receivedAt,
    postsAt: row.postsAt,
    postedAt: row.postedAt ?? undefined,
    refundedAt: row.refundedAt ?? undefined,
    refundReason: row.refundReason ?? undefined,
  };
}
