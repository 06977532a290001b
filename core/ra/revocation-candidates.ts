/**
 * Which certificates may still be revoked (R7): only those in force. A revoked certificate is closed
 * already (R7.1 is irreversible) and an expired one is out of use and off the CRL, so neither is
 * offered, counted or revoked, whoever asks (the customer dialog, the call-centre console, the core).
 */
import type { CertificateView } from "../ports/certificate-authority.ts";

/** Whether a certificate may be revoked: neither revoked nor expired. */
export function isRevocable(certificate: Pick<CertificateView, "status">): boolean {
  return certificate.status !== "revoked" && certificate.status !== "expired";
}

/**
 * The certificates of a holder one would revoke: the revocable signing certificates (revoking one
 * closes its encryption sibling too, R7.1), or the revocable ones of any kind when no signing one is.
 */
export function revocationCandidates(certificates: readonly CertificateView[]): CertificateView[] {
  const revocable = certificates.filter(isRevocable);
  const signing = revocable.filter((c) => c.kind === "sign");
  return signing.length > 0 ? signing : revocable;
}
