/**
 * The storage port of the issuance engine. adapters/db implements it over Prisma; every method is
 * one atomic step, so a crash between two of them leaves a state the engine can resume from.
 */
import type { ProfileName } from "./certificate-profile.ts";

/** A CA key and certificate (root, issuing or OCSP signer). */
export interface CaRecord {
  id: string;
  role: "root" | "issuing" | "ocsp";
  keyUri: string;
  certDer: Uint8Array;
  subject: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /**
   * On the issuing CA: the certificate profile issued when a request names none (`mm ca init
   * --profile`); undefined means kamusm.
   */
  defaultProfile?: ProfileName;
}

/** A subscriber certificate row: written `pending` with its TBS before signing, then `issued`. */
export interface CertificateRecord {
  id: string;
  serial: string;
  issuanceKey: string;
  orderId?: string;
  vkn: string;
  subjectCn: string;
  kind: "sign" | "encr";
  profile: ProfileName;
  issuerId: string;
  /**
   * The bytes to sign, persisted before the signature; present while the row is pending. An issued
   * row does not keep them (the certificate holds the same bytes).
   */
  tbsDer?: Uint8Array;
  certDer?: Uint8Array;
  state: "pending" | "issued";
  notBefore: Date;
  notAfter: Date;
  tokenUri?: string;
  revokedAt?: Date;
  revocationReason?: number;
}

/** A row as issuance persists it before signing: pending, with the bytes to sign. */
export type PendingCertificateRecord = CertificateRecord & { tbsDer: Uint8Array; state: "pending" };

/** What OCSP needs to know of one certificate. */
export type CertificateStatusRecord = Pick<
  CertificateRecord,
  "serial" | "state" | "issuerId" | "revokedAt" | "revocationReason"
>;

/** A CRL as issued. */
export interface CrlRecord {
  number: number;
  issuerId: string;
  thisUpdate: Date;
  nextUpdate: Date;
  der: Uint8Array;
  entries: number;
}

/** Storage of the engine. */
export interface CaRepository {
  /** The active CA of a role; `fresh` reads storage past any cache (another instance may have just written). */
  activeCa(role: CaRecord["role"], options?: { fresh?: boolean }): Promise<CaRecord | undefined>;
  saveCa(record: CaRecord): Promise<void>;
  /** Sets the default certificate profile of a CA record (the issuing CA). */
  setDefaultProfile(caId: string, profile: ProfileName): Promise<void>;
  /** Inserts a pending certificate; when the issuance key exists already, returns the existing row instead. */
  insertPendingOrGet(record: PendingCertificateRecord): Promise<CertificateRecord>;
  /**
   * Marks a pending certificate issued with its DER; a certificate issued already stays as it is.
   * `true` only for the caller whose conditional update moved the row (exactly one, across instances).
   */
  markIssued(id: string, certDer: Uint8Array): Promise<boolean>;
  bySerial(serial: string): Promise<CertificateRecord | undefined>;
  /** The revocation-relevant fields of a certificate, without its DER (the OCSP hot path). */
  statusBySerial?(serial: string): Promise<CertificateStatusRecord | undefined>;
  byVkn(vkn: string): Promise<CertificateRecord[]>;
  expiringBetween(from: Date, to: Date): Promise<CertificateRecord[]>;
  /** Sets revokedAt/reason only if not yet revoked; returns false when it already was. */
  revokeOnce(serial: string, at: Date, reason: number): Promise<boolean>;
  /** Revoked, issued certificates that have not yet expired at `now`. */
  revokedUnexpired(
    issuerId: string,
    now: Date,
  ): Promise<{ serial: string; revokedAt: Date; reason: number }[]>;
  latestCrl(issuerId: string): Promise<CrlRecord | undefined>;
  /** Stores a CRL; fails when its number is not above every earlier one. */
  saveCrl(record: CrlRecord): Promise<void>;
  /**
   * Takes the claim of a one-time ceremony (core/pki/ceremony-claim.ts): true for the one caller
   * whose insert of the unique `key` succeeded, false while another holds it. A claim older than
   * `staleBeforeMs` (its holder died mid-ceremony) is taken over. Storage shared by several
   * instances implements it; without it every caller proceeds (one process).
   */
  claim?(key: string, holder: string, staleBeforeMs: number): Promise<boolean>;
  /**
   * Whether the audit chain holds an entry of this action and subject (a completion after a crash
   * appends only what is missing); without it the engine completes nothing it cannot check.
   */
  audited?(action: string, subject: string): Promise<boolean>;
  /** Gives a claim back after a failed ceremony, so another instance may run it. */
  releaseClaim?(key: string, holder: string): Promise<void>;
}
