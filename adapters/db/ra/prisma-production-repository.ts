import type {
  DeliveryRecord,
  ProductionRepository,
  ProductionStepRecord,
} from "../../../core/ra/ports/production-repository.ts";
import type { Db } from "../database.ts";
import { isUniqueViolation } from "./unique-violation.ts";

/** Production steps and deliveries over the `ProductionStep` and `Delivery` tables. */
export class PrismaProductionRepository implements ProductionRepository {
  constructor(private readonly db: Db) {}

  /** Appends at the next position; a concurrent append that took the position is retried after it. */
  async addStep(step: ProductionStepRecord): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const position = await this.db.productionStep.count({ where: { applicationId: step.applicationId } });
      try {
        await this.db.productionStep.create({ data: { ...step, note: step.note ?? null, position } });
        return;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
  }

  async steps(applicationId: string): Promise<ProductionStepRecord[]> {
    const rows = await this.db.productionStep.findMany({
      where: { applicationId },
      orderBy: { position: "asc" },
    });
    return rows.map(({ position: _position, ...r }) => ({ ...r, note: r.note ?? undefined }));
  }

  async delivery(applicationId: string): Promise<DeliveryRecord | undefined> {
    const row = await this.db.delivery.findUnique({ where: { applicationId } });
    if (!row) return undefined;
    return {
      id: row.id,
      applicationId: row.applicationId,
      status: row.status as DeliveryRecord["status"],
      recipientKind: row.recipientKind as DeliveryRecord["recipientKind"],
      recipientName: row.recipientName ?? undefined,
      documents: row.documents ? (JSON.parse(row.documents) as string[]) : [],
      trackingNo: row.trackingNo ?? undefined,
    };
  }

  async saveDelivery(d: DeliveryRecord): Promise<void> {
    const data = {
      status: d.status,
      recipientKind: d.recipientKind,
      recipientName: d.recipientName ?? null,
      documents: JSON.stringify(d.documents),
      trackingNo: d.trackingNo ?? null,
    };
    await this.db.delivery.upsert({
      where: { applicationId: d.applicationId },
      update: data,
      create: { id: d.id, applicationId: d.applicationId, ...data },
    });
  }
}
