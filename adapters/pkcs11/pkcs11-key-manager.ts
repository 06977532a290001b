/**
 * The KeyManager port over a PKCS#11 module (pkcs11js): one session pool per token, asynchronous
 * C_Sign and C_GenerateKeyPair (the callback forms, run on libuv's thread pool) so the event loop
 * never waits for a token, and the certificate written back next to its key.
 */
import { createHash, randomBytes } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, SubjectPublicKeyInfo } from "@peculiar/asn1-x509";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { type Clock, systemClock } from "../../core/ports/clock.ts";
import type {
  GenerateKeyRequest,
  KeyManager,
  PublicKeyInfo,
  SignRequest,
} from "../../core/ports/key-manager.ts";
import { ck, type Handle, type Pkcs11Binding, type Pkcs11Module, type Template } from "./binding.ts";
import { toKeyManagerError } from "./errors.ts";
import {
  describePublicKey,
  findFirst,
  findObject,
  keyPairTemplates,
  readAttribute,
  readKeyType,
} from "./key-objects.ts";
import type { PinSource } from "./pin-source.ts";
import { type Pkcs11Uri, parsePkcs11Uri } from "./pkcs11-uri.ts";
import { type PooledSession, TokenSessionPool } from "./session-pool.ts";
import { ecdsaRawToDer, signaturePlan, signInput } from "./signature.ts";
import type { TokenEvent, TokenEventListener, TokenEventType } from "./token-events.ts";

/** Settings of a {@link Pkcs11KeyManager}. */
export interface Pkcs11KeyManagerSettings {
  /** Sessions per token (default 16, opened as needed). */
  poolSize: number;
  pinSource: PinSource;
  onTokenEvent?: TokenEventListener;
  clock?: Clock;
}

/** Room for the longest signature here: RSA-4096 is 512 bytes, a raw P-384 ECDSA one 96. */
const signatureBufferSize = 512;

/** Parsed signing-key URIs kept at most (a CA signs with a handful of keys). */
const maxCachedSignUris = 256;

/** The PKCS#11 key manager. Build it with `createPkcs11KeyManager` (adapters/pkcs11/index.ts). */
export class Pkcs11KeyManager implements KeyManager {
  readonly #module: Pkcs11Module;
  readonly #settings: Pkcs11KeyManagerSettings;
  readonly #pools = new Map<string, TokenSessionPool>();
  /** Signing-key URIs already parsed: the same few keys sign every certificate, CRL and OCSP answer. */
  readonly #signUris = new Map<string, Pkcs11Uri>();
  #closed = false;

  constructor(module: Pkcs11Module, settings: Pkcs11KeyManagerSettings) {
    this.#module = module;
    this.#settings = settings;
  }

  /** The module's binding (tests and `hsm check` use it directly). */
  get binding(): Pkcs11Binding {
    return this.#module.binding;
  }

  async generateKey(request: GenerateKeyRequest): Promise<PublicKeyInfo> {
    const uri = parsePkcs11Uri(request.uri);
    const info = await this.#pool(uri.token).run(async (session) => {
      const binding = this.#module.binding;
      if (findObject(binding, session.handle, ck.CKO_PRIVATE_KEY, uri))
        throw new KeyManagerError("key_exists", `a key already exists under ${request.uri}`, "uri");
      const id = uri.id ?? randomBytes(20);
      const templates = keyPairTemplates(request.algorithm, uri.object, id);
      const pair = await new Promise<{ privateKey: Handle; publicKey: Handle }>((resolve, reject) => {
        binding.C_GenerateKeyPair(
          session.handle,
          templates.mechanism,
          templates.publicKey,
          templates.privateKey,
          (error, keys) => (error ? reject(error) : resolve(keys)),
        );
      });
      const described = describePublicKey(binding, session.handle, pair.publicKey);
      if (!uri.id) giveIdFromPublicKey(binding, session.handle, pair, described.spki);
      return described;
    }, "generating a key");
    this.#emit(uri.token, "key_generated", undefined, {
      object: uri.object ?? "",
      algorithm:
        request.algorithm.kind === "RSA"
          ? `RSA-${request.algorithm.modulusLength}`
          : request.algorithm.namedCurve,
    });
    return info;
  }

  async getPublicKey(uri: string): Promise<PublicKeyInfo> {
    const parts = parsePkcs11Uri(uri);
    return this.#pool(parts.token).run(async (session) => {
      const binding = this.#module.binding;
      const publicKey = findObject(binding, session.handle, ck.CKO_PUBLIC_KEY, parts);
      if (publicKey) return describePublicKey(binding, session.handle, publicKey);
      const privateKey = findObject(binding, session.handle, ck.CKO_PRIVATE_KEY, parts);
      if (privateKey && readKeyType(binding, session.handle, privateKey) === ck.CKK_RSA)
        return describePublicKey(binding, session.handle, privateKey);
      throw keyNotFound(uri);
    }, "reading a public key");
  }

  async sign(request: SignRequest): Promise<Uint8Array> {
    const plan = signaturePlan(request.algorithm);
    if (!plan)
      throw new KeyManagerError(
        "mechanism_unsupported",
        `unknown signature algorithm ${String(request.algorithm)}`,
      );
    const uri = this.#signUri(request.uri);
    const input = signInput(plan, request.data);
    const binding = this.#module.binding;
    return this.#pool(uri.token).run(async (session) => {
      const key = this.#privateKey(session, request.uri, uri);
      if (key.keyType !== plan.keyType)
        throw new KeyManagerError(
          "mechanism_unsupported",
          `${request.algorithm} cannot be computed with the ${key.keyType === ck.CKK_RSA ? "RSA" : "EC"} key ${request.uri}`,
        );
      binding.C_SignInit(session.handle, { mechanism: plan.mechanism }, key.handle);
      const signature = await new Promise<Buffer>((resolve, reject) => {
        // pkcs11js references only the callback (and through it the output buffer); `input` stays
        // alive in this suspended function's scope until the callback runs
        binding.C_Sign(session.handle, input, Buffer.allocUnsafe(signatureBufferSize), (error, data) =>
          error ? reject(error) : resolve(data),
        );
      });
      return plan.hash ? ecdsaRawToDer(signature) : new Uint8Array(signature);
    }, "signing");
  }

  async storeCertificate(uri: string, der: Uint8Array, label: string): Promise<void> {
    const parts = parsePkcs11Uri(uri);
    let certificate: Certificate;
    try {
      certificate = AsnConvert.parse(der, Certificate);
    } catch {
      throw new KeyManagerError("invalid_certificate", "the certificate to store is not DER X.509", "der");
    }
    const tbs = certificate.tbsCertificate;
    const value = Buffer.from(der);
    const created = await this.#pool(parts.token).run(async (session) => {
      const binding = this.#module.binding;
      const privateKey = findObject(binding, session.handle, ck.CKO_PRIVATE_KEY, parts);
      if (!privateKey) {
        assertLoggedIn(binding, session.handle);
        throw keyNotFound(uri);
      }
      const id = readAttribute(binding, session.handle, privateKey, ck.CKA_ID);
      const publicKey = findObject(binding, session.handle, ck.CKO_PUBLIC_KEY, { object: parts.object, id });
      if (publicKey) {
        const expected = Buffer.from(describePublicKey(binding, session.handle, publicKey).spki);
        if (!expected.equals(Buffer.from(AsnConvert.serialize(tbs.subjectPublicKeyInfo))))
          throw new KeyManagerError(
            "certificate_key_mismatch",
            `the certificate is not for the key ${uri}: its public key differs`,
            "der",
          );
      }
      const same = findFirst(binding, session.handle, [
        { type: ck.CKA_CLASS, value: ck.CKO_CERTIFICATE },
        { type: ck.CKA_LABEL, value: label },
        { type: ck.CKA_VALUE, value },
      ]);
      if (same) return false;
      const template: Template = [
        { type: ck.CKA_CLASS, value: ck.CKO_CERTIFICATE },
        { type: ck.CKA_CERTIFICATE_TYPE, value: ck.CKC_X_509 },
        { type: ck.CKA_TOKEN, value: true },
        { type: ck.CKA_PRIVATE, value: false },
        { type: ck.CKA_MODIFIABLE, value: true },
        { type: ck.CKA_LABEL, value: label },
        { type: ck.CKA_ID, value: id },
        { type: ck.CKA_SUBJECT, value: Buffer.from(AsnConvert.serialize(tbs.subject)) },
        { type: ck.CKA_ISSUER, value: Buffer.from(AsnConvert.serialize(tbs.issuer)) },
        { type: ck.CKA_SERIAL_NUMBER, value: derInteger(Buffer.from(tbs.serialNumber)) },
        { type: ck.CKA_VALUE, value },
      ];
      binding.C_CreateObject(session.handle, template);
      return true;
    }, "storing a certificate");
    if (created) this.#emit(parts.token, "certificate_stored", undefined, { label });
  }

  /**
   * Clears a PIN failure of one token (or all) and forgets the PINs it refused, so the next call logs
   * in again even with the same PIN — after the operator unblocked the PIN or set the token's PIN to
   * the configured one. A fixed PIN source needs no reset: after a wrong PIN every call reads the
   * source again and logs in once it yields another PIN. A locked PIN is cleared by this, or by
   * itself once the token stops reporting CKF_USER_PIN_LOCKED (checked at most once a second).
   */
  resetToken(token?: string): void {
    for (const [label, pool] of this.#pools) if (token === undefined || token === label) pool.reset();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const pool of this.#pools.values()) await pool.close();
    this.#pools.clear();
    this.#module.release();
  }

  #pool(token: string): TokenSessionPool {
    if (this.#closed) throw new KeyManagerError("key_manager_closed", "the PKCS#11 key manager is closed");
    let pool = this.#pools.get(token);
    if (!pool) {
      pool = new TokenSessionPool({
        module: this.#module,
        token,
        size: this.#settings.poolSize,
        pinSource: this.#settings.pinSource,
        emit: (type, code, details) => this.#emit(token, type, code, details),
      });
      this.#pools.set(token, pool);
    }
    return pool;
  }

  #signUri(text: string): Pkcs11Uri {
    let uri = this.#signUris.get(text);
    if (!uri) {
      uri = parsePkcs11Uri(text);
      if (this.#signUris.size >= maxCachedSignUris) this.#signUris.clear();
      this.#signUris.set(text, uri);
    }
    return uri;
  }

  #privateKey(session: PooledSession, text: string, uri: Pkcs11Uri): { handle: Handle; keyType: number } {
    const cached = session.keys.get(text);
    if (cached) return cached;
    const binding = this.#module.binding;
    const handle = findObject(binding, session.handle, ck.CKO_PRIVATE_KEY, uri);
    if (!handle) {
      assertLoggedIn(binding, session.handle);
      throw keyNotFound(text);
    }
    const key = { handle, keyType: readKeyType(binding, session.handle, handle) };
    session.keys.set(text, key);
    return key;
  }

  #emit(
    token: string,
    type: TokenEventType,
    code?: string,
    details?: Record<string, string | number | boolean>,
  ): void {
    const listener = this.#settings.onTokenEvent;
    if (!listener) return;
    const event: TokenEvent = { type, token, at: (this.#settings.clock ?? systemClock).now() };
    if (code) event.code = code;
    if (details && Object.keys(details).length > 0) event.details = details;
    try {
      listener(event);
    } catch {
      // an audit listener must never break signing
    }
  }
}

/** CKS_RO_USER_FUNCTIONS and CKS_RW_USER_FUNCTIONS: states in which private objects are visible. */
const loggedInStates = new Set([1, 3]);

/**
 * Private keys are invisible to a session that is not logged in (as after the token was
 * re-initialised behind the pool): report that as CKR_USER_NOT_LOGGED_IN so the pool logs in again,
 * rather than a misleading `key_not_found`.
 */
function assertLoggedIn(binding: Pkcs11Binding, session: Handle): void {
  const state = binding.C_GetSessionInfo(session).state;
  if (!loggedInStates.has(state))
    throw new ck.Pkcs11Error(
      `CKR_USER_NOT_LOGGED_IN:${ck.CKR_USER_NOT_LOGGED_IN}`,
      ck.CKR_USER_NOT_LOGGED_IN,
      "C_FindObjects",
    );
}

function keyNotFound(uri: string): KeyManagerError {
  return new KeyManagerError("key_not_found", `no key under ${uri}`, "uri");
}

/**
 * Sets CKA_ID of a new pair to the SHA-1 of its subjectPublicKey bits — the RFC 5280 key identifier,
 * so CKA_ID equals the certificate's SubjectKeyIdentifier; keeps the random id if the token refuses.
 */
function giveIdFromPublicKey(
  binding: Pkcs11Binding,
  session: Handle,
  pair: { privateKey: Handle; publicKey: Handle },
  spki: Uint8Array,
): void {
  const bits = AsnConvert.parse(spki, SubjectPublicKeyInfo).subjectPublicKey;
  const id = createHash("sha1").update(Buffer.from(bits)).digest();
  try {
    binding.C_SetAttributeValue(session, pair.publicKey, [{ type: ck.CKA_ID, value: id }]);
    binding.C_SetAttributeValue(session, pair.privateKey, [{ type: ck.CKA_ID, value: id }]);
  } catch (error) {
    if (toKeyManagerError(error, "").code !== "pkcs11_error") throw error;
  }
}

function derInteger(content: Buffer): Buffer {
  const length =
    content.length < 0x80
      ? Buffer.from([content.length])
      : content.length < 0x100
        ? Buffer.from([0x81, content.length])
        : Buffer.from([0x82, content.length >> 8, content.length & 0xff]);
  return Buffer.concat([Buffer.from([0x02]), length, content]);
}
