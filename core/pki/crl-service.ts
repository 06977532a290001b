import type { AuditEvent } from "../audit/audit-log.ts";
import { ConflictError } from "../errors/domain-error.ts";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { CaRecord, CaRepository, CrlRecord } from "./ca-repository.ts";
import { buildCrl } from "./crl-builder.ts";
import { issuerOf } from "./issuer.ts";

/** Hours between thisUpdate and nextUpdate of a CRL. */
export const CRL_VALIDITY_HOURS = 24;
/** A CRL is re-issued once less than this many hours remain before its nextUpdate. */
export const CRL_REFRESH_HOURS = 12;

/** Issuers racing for CRLNumbers: how often one CRL is numbered and stored before the conflict is reported. */
export const CRL_NUMBER_ATTEMPTS = 8;
/** The pause before the first retry after a CRLNumber conflict; it doubles before each later one. */
const RETRY_BASE_MS = 10;
/** The longest pause between two attempts. */
const RETRY_MAX_MS = 400;

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
   * (the number is the table's key), the CRL is built and signed again with the next free number,
   * after a pause that doubles with each conflict (with jitter, so racing instances fall apart);
   * after {@link CRL_NUMBER_ATTEMPTS} attempts it fails with `crl_number_conflict`.
   *
   * `accept`: a stored CRL that serves the caller as well as a new one would; when the newest stored
   * CRL passes it (before signing, or after losing a number race), that CRL is returned instead.
   */
  async issue(accept?: (latest: CrlRecord) => boolean): Promise<CrlRecord> {
    const issuing = await this.deps.repository.activeCa("issuing");
    if (!issuing) throw new Error("no issuing CA");
    for (let attempt = 1; attempt <= CRL_NUMBER_ATTEMPTS; attempt++) {
      try {
        return await this.#issueOnce(issuing, accept);
      } catch (error) {
        if (!isCrlNumberConflict(error)) throw error;
      }
      if (attempt < CRL_NUMBER_ATTEMPTS) await pause(attempt);
    }
    throw new ConflictError(
      "crl_number_conflict",
      `CRL not issued: another issuer stored the CRLNumber it took first, ${CRL_NUMBER_ATTEMPTS} attempts in a row; try again`,
      undefined,
      { attempts: CRL_NUMBER_ATTEMPTS },
    );
  }

  async #issueOnce(issuing: CaRecord, accept?: (latest: CrlRecord) => boolean): Promise<CrlRecord> {
    const now = this.deps.clock.now();
    const latest = await this.deps.repository.latestCrl(issuing.id);
    if (latest && accept?.(latest)) return latest;
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
    // a CRL stored by another instance after this check read storage, listing what it saw, will do
    const seen = latest?.number ?? 0;
    const newerAndCovering = (crl: CrlRecord) => crl.number > seen && covers(crl);
    for (let attempt = 1; ; attempt++) {
      const crl = await this.#regenerate(newerAndCovering);
      if (covers(crl) || attempt >= 2) return crl;
    }
  }

  /** Regenerations completed so far; a caller notes it before reading the stored CRL. */
  #completed = 0;
  /** The regeneration in flight, if any. */
  #regeneration: Promise<CrlRecord> | undefined;
  /** The last regeneration completed, with its completion number. */
  #last: { done: number; crl: CrlRecord } | undefined;

  /** Joins the regeneration in flight or starts one (`accept`: as for {@link issue}). */
  #regenerate(accept: (latest: CrlRecord) => boolean): Promise<CrlRecord> {
    if (this.#regeneration) return this.#regeneration;
    this.#regeneration = this.issue(accept)
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

/** Waits before retry `attempt` + 1: the base pause doubled per earlier attempt, capped, with jitter. */
function pause(attempt: number): Promise<void> {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
  const ms = ceiling / 2 + Math.random() * (ceiling / 2);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
