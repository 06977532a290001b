import { ConflictError } from "../../../core/errors/domain-error.ts";
import type { ApplicationSource } from "../../../core/ra/application-source.ts";
import type {
  ApplicationRecord,
  ApplicationRepository,
  ApplicationStatus,
  RecentApplication,
  RecentApplicationFilter,
} from "../../../core/ra/ports/application-repository.ts";
import type { HsmGroupFirm } from "../../../core/ra/registration-authority.ts";
import type { Db } from "../database.ts";
import { languageOfRow } from "./language-column.ts";
import { isUniqueViolation } from "./unique-violation.ts";

type Row = NonNullable<Awaited<ReturnType<Db["application"]["findUnique"]>>>;

/** Applications over the `Application` table. */
export class PrismaApplicationRepository implements ApplicationRepository {
  constructor(private readonly db: Db) {}

  async insertOrGet(record: ApplicationRecord): Promise<{ record: ApplicationRecord; created: boolean }> {
    try {
      await this.db.application.create({ data: toRow(record) });
      return { record, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.db.application.findUnique({
        where: { idempotencyKey: record.idempotencyKey },
      });
      if (!existing)
        throw new ConflictError("order_number_taken", "the order number exists already", "orderNo");
      return { record: fromRow(existing), created: false };
    }
  }

  async recentApplications(filter: RecentApplicationFilter, since: Date): Promise<RecentApplication[]> {
    const who =
      "idNumber" in filter
        ? [{ vkn: filter.idNumber }, { tckn: filter.idNumber }]
        : [
            { sourceConversation: filter.source.conversationId },
            ...(filter.source.network ? [{ sourceNetwork: filter.source.network }] : []),
          ];
    const rows = await this.db.application.findMany({
      where: { OR: who, createdAt: { gte: since } },
      select: {
        idempotencyKey: true,
        personType: true,
        vkn: true,
        tckn: true,
        sourceConversation: true,
        sourceNetwork: true,
      },
    });
    return rows.map((row) => ({
      idempotencyKey: row.idempotencyKey,
      idNumber: (row.personType === "tuzel" ? row.vkn : row.tckn) ?? "",
      ...sourceOfRow(row),
    }));
  }

  async orderNumbersOf(idNumber: string, limit: number): Promise<string[]> {
    const rows = await this.db.application.findMany({
      where: { OR: [{ vkn: idNumber }, { tckn: idNumber }] },
      orderBy: [{ createdAt: "desc" }, { orderNo: "desc" }],
      take: limit,
      select: { orderNo: true },
    });
    return rows.map((r) => r.orderNo);
  }

  async byOrderNo(orderNo: string): Promise<ApplicationRecord | undefined> {
    const row = await this.db.application.findUnique({ where: { orderNo } });
    return row ? fromRow(row) : undefined;
  }

  async byId(id: string): Promise<ApplicationRecord | undefined> {
    const row = await this.db.application.findUnique({ where: { id } });
    return row ? fromRow(row) : undefined;
  }

  async transition(id: string, from: ApplicationStatus[], to: ApplicationStatus): Promise<boolean> {
    const { count } = await this.db.application.updateMany({
      where: { id, status: { in: from } },
      data: { status: to },
    });
    return count === 1;
  }
}

function toRow(r: ApplicationRecord) {
  return {
    id: r.id,
    orderNo: r.orderNo,
    idempotencyKey: r.idempotencyKey,
    personType: r.personType,
    vkn: r.personType === "tuzel" ? r.idNumber : null,
    tckn: r.personType === "gercek" ? r.idNumber : null,
    title: r.title,
    signerName: r.signerName,
    signerTckn: r.signerTckn,
    email: r.email,
    phone: r.phone,
    medium: r.medium,
    deliveryAddress: r.deliveryAddress ?? null,
    hsmGroup: r.hsmGroup ? JSON.stringify(r.hsmGroup) : null,
    hsmAddress: r.hsmAddress ?? null,
    techName: r.techName ?? null,
    techPhone: r.techPhone ?? null,
    status: r.status,
    amountKurus: r.amountKurus,
    renewalOf: r.renewalOf ?? null,
    channel: r.channel ?? null,
    language: r.language ?? "tr",
    sourceConversation: r.source?.conversationId ?? null,
    sourceNetwork: r.source?.network ?? null,
    createdAt: r.createdAt,
  };
}

function fromRow(row: Row): ApplicationRecord {
  return {
    id: row.id,
    orderNo: row.orderNo,
    idempotencyKey: row.idempotencyKey,
    personType: row.personType as ApplicationRecord["personType"],
    idNumber: (row.personType === "tuzel" ? row.vkn : row.tckn) ?? "",
    title: row.title,
    signerName: row.signerName,
    signerTckn: row.signerTckn,
    email: row.email,
    phone: row.phone,
    medium: row.medium as ApplicationRecord["medium"],
    deliveryAddress: row.deliveryAddress ?? undefined,
    hsmGroup: row.hsmGroup ? (JSON.parse(row.hsmGroup) as HsmGroupFirm[]) : undefined,
    hsmAddress: row.hsmAddress ?? undefined,
    techName: row.techName ?? undefined,
    techPhone: row.techPhone ?? undefined,
    status: row.status as ApplicationStatus,
    amountKurus: row.amountKurus,
    renewalOf: row.renewalOf ?? undefined,
    channel: row.channel ?? undefined,
    ...languageOfRow(row.language),
    ...sourceOfRow(row),
    createdAt: row.createdAt,
  };
}

/** The stored source, absent when the application had none or the retention sweep blanked it. */
function sourceOfRow(row: { sourceConversation: string | null; sourceNetwork: string | null }): {
  source?: ApplicationSource;
} {
  if (row.sourceConversation === null) return {};
  const source: ApplicationSource = { conversationId: row.sourceConversation };
  if (row.sourceNetwork !== null) source.network = row.sourceNetwork;
  return { source };
}
