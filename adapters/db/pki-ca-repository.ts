import DataLoader from "dataloader";
import type {
  CaRecord,
  CaRepository,
  CertificateRecord,
  CertificateStatusRecord,
  CrlRecord,
  PendingCertificateRecord,
} from "../../core/pki/ca-repository.ts";
import { isProfileName, type ProfileName } from "../../core/pki/qseal-profile.ts";
import { certificateRecordOf } from "./certificate-row.ts";
import { certificateStatusOf } from "./certificate-status-reads.ts";
import { CertificateWrites } from "./certificate-writes.ts";
import { type Db, pgPoolOf, statusReadsOf } from "./database.ts";
import { PgCertificateBatch } from "./pg-certificate-batch.ts";
import { auditEntryExists } from "./recovery-ledger.ts";
import type { SqliteWriterThread } from "./sqlite-writer-thread.ts";
import type { Dialect } from "./storage-location.ts";

/** Prisma wants bytes backed by a plain ArrayBuffer. */
function bytes(value: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(value);
}

/** How long the active CA records are kept in memory (another process may roll a CA over). */
const ACTIVE_CA_TTL_MS = 2_000;

/**
 * The issuance engine's storage over Prisma (SQLite or PostgreSQL). Pending inserts and
 * `markIssued` updates of concurrent issuances share transactions ({@link CertificateWrites}): each
 * is still committed before its promise resolves, but one commit (one fsync) serves many.
 */
export class PrismaCaRepository implements CaRepository {
  readonly #writes: CertificateWrites;
  readonly #activeCas = new Map<CaRecord["role"], { record: CaRecord; until: number }>();

  /**
   * Status reads, batched per loop turn and never cached (a revocation must show at once). Measured
   * with `npm run bench -- ocsp`: one Prisma query per OCSP request capped the responder near
   * 2 000 answers/s; concurrent requests now share one `IN (…)` query.
   */
  readonly #statuses = new DataLoader<string, CertificateStatusRecord | undefined>(
    (serials) => this.#readStatuses(serials),
    { cache: false, maxBatchSize: 256, batchScheduleFn: (run) => setImmediate(run) },
  );

  /**
   * @param options.writerThread SQLite only: certificate writes run on this thread (see
   *   sqlite-writer-thread.ts); without it they run on this client's connection.
   */
  constructor(
    private readonly db: Db,
    dialect: Dialect,
    options: { writerThread?: SqliteWriterThread } = {},
  ) {
    // on PostgreSQL opened by openDatabase, the batches go through its `pg` pool (pg-certificate-batch.ts)
    const pool = dialect === "postgresql" ? pgPoolOf(db) : undefined;
    this.#writes = new CertificateWrites(
      db,
      dialect,
      options.writerThread,
      pool ? new PgCertificateBatch(pool) : undefined,
    );
  }

  /**
   * The active CA of a role; read at most every two seconds, at once after {@link saveCa}, and
   * always with `fresh` (the CA ceremonies look for what another instance just stored).
   */
  async activeCa(role: CaRecord["role"], options: { fresh?: boolean } = {}): Promise<CaRecord | undefined> {
    const cached = this.#activeCas.get(role);
    if (!options.fresh && cached && cached.until > Date.now()) return cached.record;
    const record = await this.#readActiveCa(role);
    if (record) this.#activeCas.set(role, { record, until: Date.now() + ACTIVE_CA_TTL_MS });
    return record;
  }

  async #readActiveCa(role: CaRecord["role"]): Promise<CaRecord | undefined> {
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
          ...(row.defaultProfile && isProfileName(row.defaultProfile)
            ? { defaultProfile: row.defaultProfile }
            : {}),
        }
      : undefined;
  }

  async saveCa(record: CaRecord): Promise<void> {
    await this.db.$transaction([
      this.db.caKey.updateMany({ where: { role: record.role, active: true }, data: { active: false } }),
      this.db.caKey.create({
        data: {
          ...record,
          certDer: bytes(record.certDer),
          defaultProfile: record.defaultProfile ?? null,
          active: true,
        },
      }),
    ]);
    this.#activeCas.delete(record.role);
  }

  /**
   * Takes a ceremony claim: the primary key of `PkiClaim` lets one insert succeed. A claim older
   * than `staleBeforeMs` is deleted first (its holder died mid-ceremony) and taken over.
   */
  async claim(key: string, holder: string, staleBeforeMs: number): Promise<boolean> {
    const now = new Date();
    await this.db.pkiClaim.deleteMany({
      where: { key, claimedAt: { lt: new Date(now.getTime() - staleBeforeMs) } },
    });
    try {
      await this.db.pkiClaim.create({ data: { key, holder, claimedAt: now } });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === "P2002") return false;
      throw error;
    }
  }

  async audited(action: string, subject: string): Promise<boolean> {
    return auditEntryExists(this.db, action, subject);
  }

  /** Gives back a claim this holder took (a claim taken over by another stays). */
  async releaseClaim(key: string, holder: string): Promise<void> {
    await this.db.pkiClaim.deleteMany({ where: { key, holder } });
  }

  async setDefaultProfile(caId: string, profile: ProfileName): Promise<void> {
    const { count } = await this.db.caKey.updateMany({
      where: { id: caId },
      data: { defaultProfile: profile },
    });
    if (count !== 1) throw new Error(`no CA record ${caId}`);
    this.#activeCas.clear();
  }

  insertPendingOrGet(record: PendingCertificateRecord): Promise<CertificateRecord> {
    return this.#writes.insertPendingOrGet(record);
  }

  markIssued(id: string, certDer: Uint8Array): Promise<boolean> {
    return this.#writes.markIssued(id, certDer);
  }

  async bySerial(serial: string): Promise<CertificateRecord | undefined> {
    const row = await this.db.certificate.findUnique({ where: { serial } });
    return row ? certificateRecordOf(row) : undefined;
  }

  statusBySerial(serial: string): Promise<CertificateStatusRecord | undefined> {
    return this.#statuses.load(serial);
  }

  /** One query for all the statuses asked for in one loop turn: the OCSP hot path. */
  async #readStatuses(serials: readonly string[]): Promise<(CertificateStatusRecord | undefined)[]> {
    const reads = statusReadsOf(this.db);
    if (reads) {
      const found = await reads(serials);
      return serials.map((serial) => found.get(serial));
    }
    const rows = await this.db.certificate.findMany({
      where: { serial: { in: [...serials] } },
      select: { serial: true, state: true, issuerId: true, revokedAt: true, revocationReason: true },
    });
    const bySerial = new Map(rows.map((row) => [row.serial, certificateStatusOf(row)]));
    return serials.map((serial) => bySerial.get(serial));
  }

  async byVkn(vkn: string): Promise<CertificateRecord[]> {
    const rows = await this.db.certificate.findMany({ where: { vkn }, orderBy: { notBefore: "desc" } });
    return rows.map(certificateRecordOf);
  }

  async expiringBetween(from: Date, to: Date): Promise<CertificateRecord[]> {
    const rows = await this.db.certificate.findMany({ where: { notAfter: { gte: from, lt: to } } });
    return rows.map(certificateRecordOf);
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
