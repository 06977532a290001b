import type {
  RevocationRequestRecord,
  RevocationRequestRepository,
} from "../../../core/ra/ports/revocation-request-repository.ts";
import type { Db } from "../database.ts";

type Row = NonNullable<Awaited<ReturnType<Db["revocationRequest"]["findUnique"]>>>;

/** Revocation requests over the `RevocationRequest` table. */
export class PrismaRevocationRequestRepository implements RevocationRequestRepository {
  constructor(private readonly db: Db) {}

  async insert(r: RevocationRequestRecord): Promise<void> {
    await this.db.revocationRequest.create({
      data: { ...r, approvedBy: r.approvedBy ?? null, decidedAt: r.decidedAt ?? null },
    });
  }

  async byId(id: string): Promise<RevocationRequestRecord | undefined> {
    const row = await this.db.revocationRequest.findUnique({ where: { id } });
    return row ? fromRow(row) : undefined;
  }

  async pendingForSerial(serial: string): Promise<RevocationRequestRecord | undefined> {
    const row = await this.db.revocationRequest.findFirst({ where: { serial, status: "pending" } });
    return row ? fromRow(row) : undefined;
  }

  async decidedForSerial(serial: string): Promise<RevocationRequestRecord | undefined> {
    const row = await this.db.revocationRequest.findFirst({
      where: { serial, status: { in: ["approved", "done"] } },
      orderBy: { decidedAt: "desc" },
    });
    return row ? fromRow(row) : undefined;
  }

  async decide(
    id: string,
    decision: { status: "approved" | "rejected" | "done"; approvedBy?: string; decidedAt: Date },
  ): Promise<boolean> {
    const { count } = await this.db.revocationRequest.updateMany({
      where: { id, status: "pending" },
      data: {
        status: decision.status,
        approvedBy: decision.approvedBy ?? null,
        decidedAt: decision.decidedAt,
      },
    });
    return count === 1;
  }

  async markDone(id: string): Promise<void> {
    await this.db.revocationRequest.update({ where: { id }, data: { status: "done" } });
  }
}

function fromRow(row: Row): RevocationRequestRecord {
  return {
    id: row.id,
    serial: row.serial,
    reason: row.reason as RevocationRequestRecord["reason"],
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt,
    approvedBy: row.approvedBy ?? undefined,
    decidedAt: row.decidedAt ?? undefined,
    status: row.status as RevocationRequestRecord["status"],
  };
}
