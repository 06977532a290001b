import type { AuditEvent } from "../audit/audit-log.ts";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { CaRecord, CaRepository, CrlRecord } from "./ca-repository.ts";
import { buildCrl } from "./crl-builder.ts";
import { issuerOf } from "./issuer.ts";

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
    const issuer = await issuerOf(issuing);
    const der = await buildCrl(this.deps.keys.forUri(issuer.keyUri), {
      issuer,
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
   * new one, so a revocation is on the very next CRL fetched. Regeneration is single-flight: however
   * many callers find the stored CRL stale at once, one CRL is signed and all of them get it (a caller
   * whose check saw a revocation the shared CRL missed starts one more).
   */
  async current(): Promise<CrlRecord> {
    const ticket = this.#completed;
    const issuing = await this.deps.repository.activeCa("issuing");
    if (!issuing) throw new Error("no issuing CA");
    const now = this.deps.clock.now();
    const latest = await this.deps.repository.latestCrl(issuing.id);
    const revoked = await this.deps.repository.revokedUnexpired(issuing.id, now);
    const newest = revoked.reduce((m, r) => Math.max(m, r.revokedAt.getTime()), 0);
    const covers = (crl: CrlRecord) => crl.entries >= revoked.length && newest < crl.thisUpdate.getTime();
    const fresh = latest && latest.nextUpdate.getTime() - now.getTime() > CRL_REFRESH_HOURS * 3600_000;
    if (fresh && latest.entries === revoked.length && covers(latest)) return latest;
    // a regeneration completed since this check began saw at least the storage this check saw
    const last = this.#last;
    if (last && last.done > ticket && covers(last.crl)) return last.crl;
    for (let attempt = 1; ; attempt++) {
      const crl = await this.#regenerate();
      if (covers(crl) || attempt >= 2) return crl;
    }
  }

  /** Regenerations completed so far; a caller notes it before reading the stored CRL. */
  #completed = 0;
  /** The regeneration in flight, if any. */
  #regeneration: Promise<CrlRecord> | undefined;
  /** The last regeneration completed, with its completion number. */
  #last: { done: number; crl: CrlRecord } | undefined;

  /** Joins the regeneration in flight or starts one. */
  #regenerate(): Promise<CrlRecord> {
    if (this.#regeneration) return this.#regeneration;
    this.#regeneration = this.issue()
      .then((crl) => {
        this.#last = { done: ++this.#completed, crl };
        return crl;
      })
      .finally(() => {
        this.#regeneration = undefined;
      });
    return this.#regeneration;
  }
}
