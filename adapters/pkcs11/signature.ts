/**
 * The signature algorithms of the port mapped to PKCS#11 mechanisms, and the conversion of a raw
 * ECDSA signature (r‖s, as CKM_ECDSA returns it) to the DER `ECDSA-Sig-Value` X.509 needs.
 */
import { createHash } from "node:crypto";
import type { SignatureAlgorithm } from "../../core/ports/key-manager.ts";
import { ck } from "./binding.ts";
import { positiveInteger } from "./spki.ts";

/** How one signature algorithm is computed on a token. */
export interface SignaturePlan {
  /** CKK_RSA or CKK_EC: the key type the algorithm needs. */
  keyType: number;
  mechanism: number;
  /** For ECDSA: the hash computed here before CKM_ECDSA. */
  hash?: "sha256" | "sha384";
}

const plans: Record<SignatureAlgorithm, SignaturePlan> = {
  "RSA-SHA256": { keyType: ck.CKK_RSA, mechanism: ck.CKM_SHA256_RSA_PKCS },
  "RSA-SHA384": { keyType: ck.CKK_RSA, mechanism: ck.CKM_SHA384_RSA_PKCS },
  "RSA-SHA512": { keyType: ck.CKK_RSA, mechanism: ck.CKM_SHA512_RSA_PKCS },
  "ECDSA-SHA256": { keyType: ck.CKK_EC, mechanism: ck.CKM_ECDSA, hash: "sha256" },
  "ECDSA-SHA384": { keyType: ck.CKK_EC, mechanism: ck.CKM_ECDSA, hash: "sha384" },
};

/** The plan of an algorithm, or undefined for an algorithm this adapter does not know. */
export function signaturePlan(algorithm: string): SignaturePlan | undefined {
  return Object.hasOwn(plans, algorithm) ? plans[algorithm as SignatureAlgorithm] : undefined;
}

/** The bytes handed to C_Sign: the data itself for RSA, its digest for ECDSA. */
export function signInput(plan: SignaturePlan, data: Uint8Array): Buffer {
  return plan.hash ? createHash(plan.hash).update(data).digest() : Buffer.from(data);
}

/** DER `SEQUENCE { INTEGER r, INTEGER s }` from a raw r‖s signature. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0)
    throw new Error(`raw ECDSA signature of odd length ${raw.length}`);
  const half = raw.length / 2;
  const r = derInteger(positiveInteger(raw.subarray(0, half)));
  const s = derInteger(positiveInteger(raw.subarray(half)));
  return new Uint8Array(Buffer.concat([Buffer.from([0x30]), derLength(r.length + s.length), r, s]));
}

function derInteger(value: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x02]), derLength(value.length), value]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x100) return Buffer.from([0x81, length]);
  return Buffer.from([0x82, length >> 8, length & 0xff]);
}
