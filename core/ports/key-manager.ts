/**
 * The key-manager port. A key is named by a URI: `pkcs11:token=…;object=…` (RFC 7512) for smart cards
 * and HSMs, `softkey:<name>` for the embedded software key store. One factory (in adapters/) turns a
 * URI into the {@link KeyManager} that holds it. PINs never pass through here: the adapter gets them
 * from the environment or a PIN source.
 */

/** Key algorithms the engine supports (R2.5: RSA 2048–4096; the Sürüm 3 profile adds EC P-384). */
export type KeyAlgorithm =
  | { kind: "RSA"; modulusLength: 2048 | 3072 | 4096 }
  | { kind: "EC"; namedCurve: "P-256" | "P-384" };

/** Signature algorithms: RSA PKCS#1 v1.5 or ECDSA, with the hash named. */
export type SignatureAlgorithm = "RSA-SHA256" | "RSA-SHA384" | "RSA-SHA512" | "ECDSA-SHA256" | "ECDSA-SHA384";

/** A request to generate a key pair, one request object per call. */
export interface GenerateKeyRequest {
  /** The URI the new key will be known by (its label/object name is taken from it). */
  uri: string;
  algorithm: KeyAlgorithm;
  /** Whether the private key may ever leave the token (never for CA and card keys). */
  extractable?: false;
}

/** A request to sign data with a private key. */
export interface SignRequest {
  uri: string;
  algorithm: SignatureAlgorithm;
  data: Uint8Array;
}

/** A public key as a DER SubjectPublicKeyInfo plus its algorithm. */
export interface PublicKeyInfo {
  spki: Uint8Array;
  algorithm: KeyAlgorithm;
}

/** A key manager: generates keys, signs asynchronously, and can store a certificate next to a key. */
export interface KeyManager {
  /** Generates a key pair under the URI; fails with `key_exists` when one is already there. */
  generateKey(request: GenerateKeyRequest): Promise<PublicKeyInfo>;
  /** Returns the public key stored under the URI; fails with `key_not_found`. */
  getPublicKey(uri: string): Promise<PublicKeyInfo>;
  /** Signs without blocking the event loop; returns the raw signature (DER for ECDSA, as X.509 wants). */
  sign(request: SignRequest): Promise<Uint8Array>;
  /** Writes a certificate (DER) next to the key, e.g. onto the card (`<VKN>SIGN0`). */
  storeCertificate(uri: string, der: Uint8Array, label: string): Promise<void>;
  /** Releases sessions and handles. */
  close(): Promise<void>;
}

/** Turns a key URI into the key manager that holds it. */
export interface KeyManagerResolver {
  forUri(uri: string): KeyManager;
  close(): Promise<void>;
}
