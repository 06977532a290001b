import type { KeyManager } from "../ports/key-manager.ts";
import { assembleCertificate, encodeTbsCertificate, type TbsSpec } from "./certificate-builder.ts";
import type { IssuerKey } from "./issuer.ts";

/** A certificate and the to-be-signed bytes it was made from. */
export interface SignedCertificate {
  tbsDer: Uint8Array;
  der: Uint8Array;
}

/**
 * Signs already-encoded TBS bytes with the issuer's key, by the algorithm its key calls for, through
 * the key-manager port. Issuance persists `tbsDer` before calling this, so a retry after a crash
 * signs exactly the same bytes.
 */
export async function signTbs(keys: KeyManager, issuer: IssuerKey, tbsDer: Uint8Array): Promise<Uint8Array> {
  const algorithm = issuer.signatureAlgorithm;
  const signature = await keys.sign({ uri: issuer.keyUri, algorithm, data: tbsDer });
  return assembleCertificate(tbsDer, algorithm, signature);
}

/**
 * Encodes and signs in one step (CA certificates, whose issuance is a ceremony rather than an
 * order); the TBS names the issuer's signature algorithm.
 */
export async function signCertificate(
  keys: KeyManager,
  issuer: IssuerKey,
  spec: Omit<TbsSpec, "signatureAlgorithm">,
): Promise<SignedCertificate> {
  const tbsDer = encodeTbsCertificate({ ...spec, signatureAlgorithm: issuer.signatureAlgorithm });
  return { tbsDer, der: await signTbs(keys, issuer, tbsDer) };
}
