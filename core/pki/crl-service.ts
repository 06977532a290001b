import type { AuditEvent } from "../audit/audit-log.ts";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { CaRecord, CaRepository, CrlRecord } from "./ca-repository.ts";
import { buildCrl } from "./crl-builder.ts";

/** Hours between thisUpdate and nextUpdate of a CRL. */
export const CRL_VALIDITY_HOURS = 24;
/** A CRL is re-issued once less than this many hours remain before its nextUpdate. */
export const CRL_REFRESH_HOURS = 12;

/** Issuers racing for CRLNumbers: how often one CRL is re-numbered before the conflict is reported. */
const MAX_NUMBER_ATTEMPTS = 8;

/**
 * Whether saving a CRL failed because its number was taken meanwhile: the storage's unique-key
 * conflict (Prisma P2002, or a ConflictError `crl_number_taken`), or the repository's own check that
 * the number is above the last one.
 */
export function isCrlNumberConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === "P2002" || code === "crl_number_taken") return true;
  return error instanceof Error && /CRL number \d+ is not above/.test(error.message);
}

/**
 * Issues CRLs of the active issuing CA: CRLNumber one above the last stored one (so it increases
 * across restarts), every revoked certificate until it expires, nextUpdate always present.
 */
export class CrlService {
  constructor(
    private readonly deps: {
      repository: CaRepository;
      keys: KeyManagerResolver;
      clock: Clock;
      /** Every CRL issued is recorded here as `crl_issued`. */
      audit?: { append(event: AuditEvent): Promise<unknown> };
    },
  ) {}

  /**
   * Issues and stores a new CRL. When another request or instance stored the same CRLNumber first
   * (the number is the table's key), the CRL is built and signed again with the next free number.
   */
  async issue(): Promise<CrlRecord> {
    const issuing = await this.deps.repository.activeCa("issuing");
    if (!issuing) throw new Error("no issuing CA");
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#issueOnce(issuing);
      } catch (error) {
        if (!isCrlNumberConflict(error) || attempt >= MAX_NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  async #issueOnce(issuing: CaRecord): Promise<CrlRecord> {
    const now = this.deps.clock.now();
    const latest = await this.deps.repository.latestCrl(issuing.id);
    const entries = await this.deps.repository.revokedUnexpired(issuing.id, now);
    const number = (latest?.number ?? 0) + 1;
    const nextUpdate = new Date(now.getTime() + CRL_VALIDITY_HOURS * 3600_000);
    const der = await buildCrl(this.deps.keys.forUri(issuing.keyUri), {
      issuerCertificate: issuing.certDer,
      issuerKeyUri: issuing.keyUri,
      signatureAlgorithm: "RSA-SHA256",
      number,
      thisUpdate: now,
      nextUpdate,
      entries,
    });
    const record: CrlRecord = {
      number,
      issuerId: issuing.id,
      thisUpdate: now,
      nextUpdate,
      der,
      entries: entries.length,
    };
    await this.deps.repository.saveCrl(record);
    await this.deps.audit?.append({
      actor: "system",
      action: "crl_issued",
      subject: String(number),
      details: {
        issuer: issuing.id,
        entries: entries.length,
        thisUpdate: now.toISOString(),
        nextUpdate: nextUpdate.toISOString(),
      },
    });
    return record;
  }

  /**
   * The CRL to serve now: the stored one while it is fresh and lists every revocation, otherwise a
   * new one, so a revocation is on the very next CRL fetched.
   */
  async current(): Promise<CrlRecord> {
    const issuing = await this.deps.repository.activeCa("issuing");
    if (!issuing) throw new Error("no issuing CA");
    const now = this.deps.clock.now();
    const latest = await this.deps.repository.latestCrl(issuing.id);
    if (latest && latest.nextUpdate.getTime() - now.getTime() > CRL_REFRESH_HOURS * 3600_000) {
      const revoked = await this.deps.repository.revokedUnexpired(issuing.id, now);
      const newest = revoked.reduce((m, r) => Math.max(m, r.revokedAt.getTime()), 0);
      if (revoked.length === latest.entries && newest < latest.thisUpdate.getTime()) return latest;
    }
    return this.issue();
  }
}
