import type { KeyManager, SignatureAlgorithm } from "../ports/key-manager.ts";
import { assembleCertificate, encodeTbsCertificate, type TbsSpec } from "./certificate-builder.ts";

/** A certificate and the to-be-signed bytes it was made from. */
export interface SignedCertificate {
  tbsDer: Uint8Array;
  der: Uint8Array;
}

/**
 * Signs already-encoded TBS bytes with the issuer's key through the key-manager port. Issuance
 * persists `tbsDer` before calling this, so a retry after a crash signs exactly the same bytes.
 */
export async function signTbs(
  keys: KeyManager,
  issuerKeyUri: string,
  algorithm: SignatureAlgorithm,
  tbsDer: Uint8Array,
): Promise<Uint8Array> {
  const signature = await keys.sign({ uri: issuerKeyUri, algorithm, data: tbsDer });
  return assembleCertificate(tbsDer, algorithm, signature);
}

/** Encodes and signs in one step (CA certificates, whose issuance is a ceremony rather than an order). */
export async function signCertificate(
  keys: KeyManager,
  issuerKeyUri: string,
  spec: TbsSpec,
): Promise<SignedCertificate> {
  const tbsDer = encodeTbsCertificate(spec);
  return { tbsDer, der: await signTbs(keys, issuerKeyUri, spec.signatureAlgorithm, tbsDer) };
}
