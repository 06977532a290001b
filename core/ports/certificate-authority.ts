/**
 * What the registration authority (core/ra) and the operator tools need from the issuance engine
 * (core/pki). core/pki implements it; core/ra depends only on this port.
 */
import type { ProfileName } from "../pki/certificate-profile.ts";

/** RFC 5280 CRLReason names (value 7 is unused in the RFC). */
export const revocationReasons = {
  unspecified: 0,
  keyCompromise: 1,
  cACompromise: 2,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
  certificateHold: 6,
  removeFromCRL: 8,
  privilegeWithdrawn: 9,
  aACompromise: 10,
} as const;
/** One RFC 5280 reason name. */
export type RevocationReason = keyof typeof revocationReasons;

/** The state of a certificate as the core reports it. */
export type CertificateStatus = "valid" | "revoked" | "expired" | "not_yet_valid";

/** A certificate as the RA and the bot see it (never the private key; DER only on request). */
export interface CertificateView {
  serial: string;
  vkn: string;
  subjectCn: string;
  kind: "sign" | "encr";
  profile: ProfileName;
  notBefore: Date;
  notAfter: Date;
  status: CertificateStatus;
  revokedAt?: Date;
  revocationReason?: RevocationReason;
  orderId?: string;
  tokenUri?: string;
}

/** A request to produce the certificates of one order (signing + encryption on one card or HSM). */
export interface IssueForOrderRequest {
  /** The order; one order yields at most one valid certificate of each kind, however often retried. */
  orderId: string;
  vkn: string;
  /** Unvan (tüzel) or ad soyad (gerçek); turned into Turkish upper case for the CN. */
  title: string;
  /** The token (card or HSM) where the subscriber key pair is generated and the certificate written. */
  tokenUri: string;
  profile?: ProfileName;
  /**
   * A PKCS#10 request (DER) already made on the token. Without it the engine has the token sign one
   * through the key manager. Either way its signature is verified (proof of possession) and its
   * key must be the token's key before anything is written.
   */
  csr?: Uint8Array;
  /** Start of validity; defaults to now (R8.3: validity starts at once). Used by seeded replays. */
  notBefore?: Date;
  actor: string;
}

/** A request to revoke; revocation is immediate, never backdated and never undone. */
export interface RevokeRequest {
  serial: string;
  reason: RevocationReason;
  actor: string;
}

/** The issuance engine as the rest of the core uses it. */
export interface CertificateAuthorityPort {
  /** Generates the key pair on the token, issues the signing and encryption certificates, writes them back. Idempotent per order. */
  issueForOrder(
    request: IssueForOrderRequest,
  ): Promise<{ signing: CertificateView; encryption: CertificateView }>;
  /** Revokes a certificate; `ConflictError` code `already_revoked` when it already is. */
  revoke(request: RevokeRequest): Promise<CertificateView>;
  /** The certificate with this serial (lower-case hex), or undefined. */
  findBySerial(serial: string): Promise<CertificateView | undefined>;
  /** All certificates issued to a VKN/TCKN, newest first. */
  findByVkn(vkn: string): Promise<CertificateView[]>;
  /** Certificates whose notAfter falls in [from, to), for renewal reminders. */
  findExpiringBetween(from: Date, to: Date): Promise<CertificateView[]>;
  /**
   * Completes what a crash after an order's certificates were marked issued left out: the issuance
   * audit entries that are missing and the certificates on the token (rewriting one is harmless).
   * Pending certificates are left to the next `issueForOrder`. Idempotent.
   */
  completeIssuance?(request: { orderId: string; vkn: string; actor: string }): Promise<void>;
  /**
   * Revokes the certificate unless it is revoked already and appends its revocation audit entry
   * unless the chain holds it: a revocation cut off by a crash is completed once. Idempotent.
   */
  completeRevocation?(request: RevokeRequest): Promise<CertificateView>;
}
