import type { CertificateAuthorityPort } from "../../core/ports/certificate-authority.ts";

/**
 * A certificate authority for tests that never issue or revoke: `issueForOrder` and `revoke` throw
 * ("not used"), every lookup finds nothing.
 */
export const noCertificates: CertificateAuthorityPort = {
  issueForOrder: async () => {
    throw new Error("not used");
  },
  revoke: async () => {
    throw new Error("not used");
  },
  findBySerial: async () => undefined,
  findByVkn: async () => [],
  findExpiringBetween: async () => [],
};
