import type {
  CaRecord,
  CaRepository,
  CertificateRecord,
  CertificateStatusRecord,
  CrlRecord,
} from "../../core/pki/ca-repository.ts";
import type { Db } from "./database.ts";
import { type GroupCommitClient, WriteBatcher } from "./write-batcher.ts";

type CertificateRow = Awaited<ReturnType<Db["certificate"]["findFirstOrThrow"]>>;

function toRecord(row: CertificateRow): CertificateRecord {
  return {
    id: row.id,
    serial: row.serial,
    issuanceKey: row.issuanceKey,
    orderId: row.orderId ?? undefined,
    vkn: row.vkn,
    subjectCn: row.subjectCn,
    kind: row.kind as CertificateRecord["kind"],
    profile: row.profile as CertificateRecord["profile"],
    issuerId: row.issuerId,
    tbsDer: new Uint8Array(row.tbsDer),
    certDer: row.certDer ? new Uint8Array(row.certDer) : undefined,
    state: row.state as CertificateRecord["state"],
    notBefore: row.notBefore,
    notAfter: row.notAfter,
    tokenUri: row.tokenUri ?? undefined,
    revokedAt: row.revokedAt ?? undefined,
    revocationReason: row.revocationReason ?? undefined,
  };
}

/** Prisma wants bytes backed by a plain ArrayBuffer. */
function bytes(value: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(value);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/**
 * The issuance engine's storage over Prisma (SQLite or PostgreSQL). Pending inserts and
 * `markIssued` updates of concurrent issuances share transactions ({@link WriteBatcher}): each is
 * still committed before its promise resolves, but one commit (one fsync) serves many.
 */
export class PrismaCaRepository implements CaRepository {
  readonly #writes: WriteBatcher<Pick<Db, "certificate">>;

  constructor(private readonly db: Db) {
    this.#writes = new WriteBatcher(db as Db & GroupCommitClient<Pick<Db, "certificate">>);
  }

  async activeCa(role: CaRecord["role"]): Promise<CaRecord | undefined> {
    const row = await this.db.caKey.findFirst({
      where: { role, active: true },
      orderBy: { createdAt: "desc" },
    });
    return row
      ? {
          id: row.id,
          role: row.role as CaRecord["role"],
          keyUri: row.keyUri,
          certDer: new Uint8Array(row.certDer),
          subject: row.subject,
          serial: row.serial,
          notBefore: row.notBefore,
          notAfter: row.notAfter,
        }
      : undefined;
  }

  async saveCa(record: CaRecord): Promise<void> {
    await this.db.$transaction([
      this.db.caKey.updateMany({ where: { role: record.role, active: true }, data: { active: false } }),
      this.db.caKey.create({ data: { ...record, certDer: bytes(record.certDer), active: true } }),
    ]);
  }

  async insertPendingOrGet(record: CertificateRecord): Promise<CertificateRecord> {
    try {
      const row = await this.#writes.run((tx) =>
        tx.certificate.create({
          data: {
            ...record,
            tbsDer: bytes(record.tbsDer),
            certDer: record.certDer ? bytes(record.certDer) : null,
            revokedAt: null,
            revocationReason: null,
          },
        }),
      );
      return toRecord(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.db.certificate.findUnique({ where: { issuanceKey: record.issuanceKey } });
      if (!existing) throw error;
      return toRecord(existing);
    }
  }

  async markIssued(id: string, certDer: Uint8Array): Promise<void> {
    await this.#writes.run((tx) =>
      tx.certificate.updateMany({
        where: { id, state: "pending" },
        data: { state: "issued", certDer: bytes(certDer) },
      }),
    );
  }

  async bySerial(serial: string): Promise<CertificateRecord | undefined> {
    const row = await this.db.certificate.findUnique({ where: { serial } });
    return row ? toRecord(row) : undefined;
  }

  async statusBySerial(serial: string): Promise<CertificateStatusRecord | undefined> {
    const row = await this.db.certificate.findUnique({
      where: { serial },
      select: { serial: true, state: true, issuerId: true, revokedAt: true, revocationReason: true },
    });
    return row
      ? {
          serial: row.serial,
          state: row.state as CertificateRecord["state"],
          issuerId: row.issuerId,
          revokedAt: row.revokedAt ?? undefined,
          revocationReason: row.revocationReason ?? undefined,
        }
      : undefined;
  }

  async byVkn(vkn: string): Promise<CertificateRecord[]> {
    const rows = await this.db.certificate.findMany({ where: { vkn }, orderBy: { notBefore: "desc" } });
    return rows.map(toRecord);
  }

  async expiringBetween(from: Date, to: Date): Promise<CertificateRecord[]> {
    const rows = await this.db.certificate.findMany({ where: { notAfter: { gte: from, lt: to } } });
    return rows.map(toRecord);
  }

  async revokeOnce(serial: string, at: Date, reason: number): Promise<boolean> {
    const { count } = await this.db.certificate.updateMany({
      where: { serial, revokedAt: null, state: "issued" },
      data: { revokedAt: at, revocationReason: reason },
    });
    return count === 1;
  }

  async revokedUnexpired(issuerId: string, now: Date) {
    const rows = await this.db.certificate.findMany({
      where: { issuerId, revokedAt: { not: null }, notAfter: { gt: now } },
      select: { serial: true, revokedAt: true, revocationReason: true },
    });
    return rows.map((r) => ({ serial: r.serial, revokedAt: r.revokedAt!, reason: r.revocationReason ?? 0 }));
  }

  async latestCrl(issuerId: string): Promise<CrlRecord | undefined> {
    const row = await this.db.crlIssue.findFirst({ where: { issuerId }, orderBy: { number: "desc" } });
    return row ? { ...row, der: new Uint8Array(row.der) } : undefined;
  }

  async saveCrl(record: CrlRecord): Promise<void> {
    const latest = await this.db.crlIssue.findFirst({ orderBy: { number: "desc" } });
    if (latest && latest.number >= record.number) {
      throw new Error(`CRL number ${record.number} is not above the last one (${latest.number})`);
    }
    await this.db.crlIssue.create({ data: { ...record, der: bytes(record.der) } });
  }
}
