import type { AuditEvent } from "../audit/audit-log.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import { isValidTckn } from "../identity/tckn.ts";
import { isValidVkn, testModeVkns } from "../identity/vkn.ts";
import {
  type CertificateAuthorityPort,
  type CertificateView,
  type IssueForOrderRequest,
  type RevocationReason,
  type RevokeRequest,
  revocationReasons,
} from "../ports/certificate-authority.ts";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver, PublicKeyInfo } from "../ports/key-manager.ts";
import type { RandomSource } from "../ports/random.ts";
import { isAllowedRevocationReason, refusedRevocationReason } from "../ports/revocation-reason-policy.ts";
import type { CaRecord, CaRepository, CertificateRecord } from "./ca-repository.ts";
import { runClaimed } from "./ceremony-claim.ts";
import { encodeTbsCertificate } from "./certificate-builder.ts";
import { FALLBACK_PROFILE } from "./certificate-profile.ts";
import { createCsr, verifyCsr } from "./csr.ts";
import { nameDerOf, turkishUpperCase } from "./distinguished-name.ts";
import { type Issuer, issuerOf } from "./issuer.ts";
import { keyIdentifier } from "./key-identifier.ts";
import type { ProfileConfig } from "./profile-config.ts";
import { type ProfileName, subjectAttributes } from "./qseal-profile.ts";
import { newSerialNumber, normaliseSerial } from "./serial-number.ts";
import { signTbs } from "./sign-certificate.ts";
import { SubscriberExtensionTemplates } from "./subscriber-extension-templates.ts";

/** Dependencies of the engine, all injected. */
export interface IssuanceEngineDeps {
  repository: CaRepository;
  keys: KeyManagerResolver;
  clock: Clock;
  random: RandomSource;
  profile: ProfileConfig;
  /** Accept the official test VKNs that fail the checksum. */
  testMode?: boolean;
  /** Creates a unique id for a new row. */
  newId: () => string;
  /** The CA audit log (issuance and revocation are recorded there). */
  audit?: { append(event: AuditEvent): Promise<unknown> };
}

/** What is known of the subject of an order's certificates. */
interface SubjectFacts {
  vkn: string;
  title: string;
  profile: ProfileName;
  subjectDer: Uint8Array;
  spki: Uint8Array;
  subjectKeyId: Uint8Array;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const reasonNames = Object.fromEntries(Object.entries(revocationReasons).map(([k, v]) => [v, k])) as Record<
  number,
  RevocationReason
>;

/**
 * The issuance engine behind {@link CertificateAuthorityPort}. Issuance follows Boulder's rule: the
 * serial and the to-be-signed bytes are persisted (state `pending`) before the signature, so a crash
 * never leaves a signed certificate unrecorded and a retry signs the same bytes again: one order
 * yields at most one certificate of each kind.
 */
export class IssuanceEngine implements CertificateAuthorityPort {
  #issuerCache: Issuer | undefined;
  /** Key generations in progress, by token URI. */
  readonly #keyGenerations = new Map<string, Promise<PublicKeyInfo>>();
  readonly #extensions: SubscriberExtensionTemplates;

  constructor(private readonly deps: IssuanceEngineDeps) {
    this.#extensions = new SubscriberExtensionTemplates(deps.profile);
  }

  async issueForOrder(request: IssueForOrderRequest) {
    const vkn = request.vkn.trim();
    if (!(isValidVkn(vkn) || isValidTckn(vkn) || (this.deps.testMode && testModeVkns.has(vkn)))) {
      throw new ValidationError("invalid_vkn", "the VKN/TCKN fails its checksum", "vkn");
    }
    const title = turkishUpperCase(request.title);
    if (title.length < 2 || title.length > 256) {
      throw new ValidationError("invalid_title", "the unvan must be 2 to 256 characters", "title");
    }
    const issuing = await this.#issuingCa();
    const keys = this.deps.keys.forUri(request.tokenUri);
    const publicKey = await this.#cardKey(request.tokenUri);
    // an explicit profile in the request wins, then the CA's default (`mm ca init --profile`)
    const profile = request.profile ?? issuing.defaultProfile ?? FALLBACK_PROFILE;
    const subjectDer = nameDerOf(subjectAttributes(profile, vkn, title));
    // proof of possession: the token signs a PKCS#10 request with the key the certificate is for
    const csr = request.csr ?? (await createCsr(keys, request.tokenUri, publicKey, subjectDer));
    const verified = await verifyCsr(csr);
    if (!sameBytes(verified.spki, publicKey.spki)) {
      throw new ValidationError("csr_key_mismatch", "the certification request is for another key", "csr");
    }
    const subject = {
      vkn,
      title,
      profile,
      subjectDer,
      spki: verified.spki,
      subjectKeyId: await keyIdentifier(verified.spki),
    };
    const issuer = await this.#issuerOf(issuing);
    // the two certificates are independent rows: issue them side by side
    const [signing, encryption] = await Promise.all([
      this.#issueKind("sign", request, subject, issuing, issuer),
      this.#issueKind("encr", request, subject, issuing, issuer),
    ]);
    return { signing, encryption };
  }

  /**
   * The key on the token, generated once: two productions of one order at once (the job and the
   * inline run, two payment notices, two instances) would otherwise each generate a key, and the
   * certificate of the first would be for a key the second replaced. Within this engine concurrent
   * callers share one generation; across instances the generation is claimed in storage
   * (`card-key:<uri>`) and the others wait for the key the holder made.
   */
  #cardKey(tokenUri: string): Promise<PublicKeyInfo> {
    const running = this.#keyGenerations.get(tokenUri);
    if (running) return running;
    const keys = this.deps.keys.forUri(tokenUri);
    const stored = () => keys.getPublicKey(tokenUri).catch(() => undefined);
    const generation = runClaimed(
      this.deps.repository,
      { key: `card-key:${tokenUri}`, holder: this.deps.newId() },
      stored,
      () => keys.generateKey({ uri: tokenUri, algorithm: { kind: "RSA", modulusLength: 2048 } }),
      { pollMs: 50 },
    ).finally(() => this.#keyGenerations.delete(tokenUri));
    this.#keyGenerations.set(tokenUri, generation);
    return generation;
  }

  async #issueKind(
    kind: "sign" | "encr",
    request: IssueForOrderRequest,
    { vkn, title, profile, subjectDer, spki, subjectKeyId }: SubjectFacts,
    issuing: CaRecord,
    issuer: Issuer,
  ): Promise<CertificateView> {
    const notBefore = request.notBefore ?? this.deps.clock.now();
    const notAfter = new Date(notBefore);
    notAfter.setUTCFullYear(notAfter.getUTCFullYear() + this.deps.profile.validityYears);
    const serial = newSerialNumber(this.deps.random);
    const tbsDer = encodeTbsCertificate({
      serialHex: serial,
      issuer: issuer.nameDer,
      subject: subjectDer,
      notBefore,
      notAfter,
      subjectPublicKeyInfo: spki,
      signatureAlgorithm: issuer.signatureAlgorithm,
      extensions: this.#extensions.encode(kind, profile, { subjectKeyId, authorityKeyId: issuer.keyId }),
    });
    const row = await this.deps.repository.insertPendingOrGet({
      id: this.deps.newId(),
      serial,
      issuanceKey: `${request.orderId}:${kind}`,
      orderId: request.orderId,
      vkn,
      subjectCn: title,
      kind,
      profile,
      issuerId: issuing.id,
      tbsDer,
      state: "pending",
      notBefore,
      notAfter,
      tokenUri: request.tokenUri,
    });
    if (row.state === "pending") {
      // a pending row always holds its TBS (only the update to issued clears it)
      if (!row.tbsDer) throw new Error(`the pending certificate ${row.serial} has no stored TBS`);
      const der = await signTbs(this.deps.keys.forUri(issuer.keyUri), issuer, row.tbsDer);
      // Two callers (instances) may both have read the row while pending and both signed the same
      // TBS: only the one whose update moved the row audits and stores it; the other answers with
      // the certificate stored.
      if (!(await this.deps.repository.markIssued(row.id, der))) {
        const stored = await this.deps.repository.bySerial(row.serial);
        return this.#view(stored ?? { ...row, state: "issued", certDer: der });
      }
      await this.deps.audit?.append({
        actor: request.actor,
        action: "certificate_issued",
        subject: row.serial,
        details: { kind, orderId: request.orderId, issuer: issuing.id },
      });
      const label = `${vkn}${kind === "sign" ? "SIGN0" : "ENCR0"}`;
      await this.deps.keys.forUri(request.tokenUri).storeCertificate(request.tokenUri, der, label);
      return this.#view({ ...row, state: "issued", certDer: der });
    }
    return this.#view(row);
  }

  async revoke(request: RevokeRequest): Promise<CertificateView> {
    const { serial, row } = await this.#issuedRowToRevoke(request);
    const at = this.deps.clock.now();
    const done = await this.deps.repository.revokeOnce(serial, at, revocationReasons[request.reason]);
    if (!done) throw new ConflictError("already_revoked", "the certificate is already revoked");
    await this.deps.audit?.append({
      actor: request.actor,
      action: "certificate_revoked",
      subject: serial,
      details: { reason: request.reason },
    });
    return this.#view({ ...row, revokedAt: at, revocationReason: revocationReasons[request.reason] });
  }

  async completeIssuance(request: { orderId: string; vkn: string; actor: string }): Promise<void> {
    const rows = (await this.deps.repository.byVkn(request.vkn)).filter(
      (r) => r.orderId === request.orderId && r.state === "issued" && r.certDer,
    );
    for (const row of rows) {
      if (
        this.deps.audit &&
        (await this.deps.repository.audited?.("certificate_issued", row.serial)) === false
      )
        await this.deps.audit.append({
          actor: request.actor,
          action: "certificate_issued",
          subject: row.serial,
          details: { kind: row.kind, orderId: request.orderId, issuer: row.issuerId },
        });
      if (row.tokenUri) {
        const label = `${row.vkn}${row.kind === "sign" ? "SIGN0" : "ENCR0"}`;
        await this.deps.keys.forUri(row.tokenUri).storeCertificate(row.tokenUri, row.certDer!, label);
      }
    }
  }

  /** The checked serial and its issued row; a bad serial or reason, or no issued row, is refused. */
  async #issuedRowToRevoke(request: RevokeRequest) {
    const serial = normaliseSerial(request.serial);
    if (!serial) throw new ValidationError("invalid_serial", "the serial is not hexadecimal", "serial");
    // Callers without types (CLI, console, JSON) may send any string; `in` would accept inherited keys.
    if (!isAllowedRevocationReason(request.reason)) {
      throw new ValidationError("invalid_reason", refusedRevocationReason(String(request.reason)), "reason");
    }
    const row = await this.deps.repository.bySerial(serial);
    if (row?.state !== "issued") throw new NotFoundError("unknown_serial", "no certificate with this serial");
    return { serial, row };
  }

  async completeRevocation(request: RevokeRequest): Promise<CertificateView> {
    const { serial, row } = await this.#issuedRowToRevoke(request);
    let revoked = row;
    if (!row.revokedAt) {
      const at = this.deps.clock.now();
      const code = revocationReasons[request.reason];
      await this.deps.repository.revokeOnce(serial, at, code);
      revoked = (await this.deps.repository.bySerial(serial)) ?? {
        ...row,
        revokedAt: at,
        revocationReason: code,
      };
    }
    if (this.deps.audit && (await this.deps.repository.audited?.("certificate_revoked", serial)) === false)
      await this.deps.audit.append({
        actor: request.actor,
        action: "certificate_revoked",
        subject: serial,
        details: {
          reason:
            revoked.revocationReason === undefined ? request.reason : reasonNames[revoked.revocationReason]!,
        },
      });
    return this.#view(revoked);
  }

  async findBySerial(serial: string): Promise<CertificateView | undefined> {
    const normalised = normaliseSerial(serial);
    if (!normalised) return undefined;
    const row = await this.deps.repository.bySerial(normalised);
    return row?.state === "issued" ? this.#view(row) : undefined;
  }

  async findByVkn(vkn: string): Promise<CertificateView[]> {
    const rows = await this.deps.repository.byVkn(vkn);
    return rows.filter((r) => r.state === "issued").map((r) => this.#view(r));
  }

  async findExpiringBetween(from: Date, to: Date): Promise<CertificateView[]> {
    const rows = await this.deps.repository.expiringBetween(from, to);
    return rows.filter((r) => r.state === "issued").map((r) => this.#view(r));
  }

  /** The issuing CA as an {@link Issuer}, built once per issuing CA certificate rather than per certificate. */
  async #issuerOf(issuing: CaRecord): Promise<Issuer> {
    const cached = this.#issuerCache;
    if (cached && cached.caId === issuing.id && sameBytes(cached.certDer, issuing.certDer)) return cached;
    const issuer = await issuerOf(issuing);
    this.#issuerCache = issuer;
    return issuer;
  }

  async #issuingCa(): Promise<CaRecord> {
    const ca = await this.deps.repository.activeCa("issuing");
    if (!ca) throw new NotFoundError("ca_not_initialised", "no issuing CA: run `mm ca init`");
    return ca;
  }

  #view(row: CertificateRecord): CertificateView {
    const now = this.deps.clock.now();
    const status = row.revokedAt
      ? "revoked"
      : now >= row.notAfter
        ? "expired"
        : now < row.notBefore
          ? "not_yet_valid"
          : "valid";
    return {
      serial: row.serial,
      vkn: row.vkn,
      subjectCn: row.subjectCn,
      kind: row.kind,
      profile: row.profile,
      notBefore: row.notBefore,
      notAfter: row.notAfter,
      status,
      revokedAt: row.revokedAt,
      revocationReason: row.revocationReason === undefined ? undefined : reasonNames[row.revocationReason],
      orderId: row.orderId,
      tokenUri: row.tokenUri,
    };
  }
}
