import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  randomBytes,
  sign,
  timingSafeEqual,
} from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type {
  GenerateKeyRequest,
  KeyAlgorithm,
  KeyManager,
  PublicKeyInfo,
  SignRequest,
} from "../../core/ports/key-manager.ts";
import { deriveKey, scryptCost } from "./key-passphrase.ts";

/** A stored key: the public key in clear, the PKCS#8 private key sealed with AES-256-GCM. */
interface SealedKey {
  algorithm: KeyAlgorithm;
  spki: string;
  iv: string;
  tag: string;
  sealed: string;
  createdAt: string;
  /** `passphrase`: sealed under the scrypt-derived key; absent: under the stored `master.key` (development). */
  kek?: "passphrase";
}

/** `keys/kdf.json`: how the master key is derived from the passphrase (never the key itself). */
interface KdfParameters {
  kdf: "scrypt";
  salt: string;
  N: number;
  r: number;
  p: number;
  /** HMAC of a fixed text under the derived key: tells a wrong passphrase from a damaged key file. */
  check: string;
}

/** How the master key of the software key store is obtained. */
export interface SoftwareKeyOptions {
  /** The passphrase the master key is derived from (scrypt); the key is never written to disk. */
  passphrase?: string;
  /** Refuse to work without a passphrase (`NODE_ENV=production`). */
  requirePassphrase?: boolean;
}

const hashOf = {
  "RSA-SHA256": "sha256",
  "RSA-SHA384": "sha384",
  "RSA-SHA512": "sha512",
  "ECDSA-SHA256": "sha256",
  "ECDSA-SHA384": "sha384",
} as const;

/**
 * The embedded default key manager: `softkey:<name>` keys in `<dataDir>/keys/<name>.json`, private
 * keys encrypted at rest with AES-256-GCM under a master key. With a passphrase (`MM_KEY_PASSPHRASE`
 * or its source) the master key is derived with scrypt from it and a salt in `keys/kdf.json`, and is
 * never stored; a store created before (whose key is in `keys/master.key`) is re-sealed under the
 * passphrase at the first use and `master.key` is deleted. Without a passphrase (development only,
 * refused when `requirePassphrase`), the master key is a random `keys/master.key` (mode 0600).
 * Signing uses node's asynchronous `crypto.sign`, off the event loop.
 */
export class SoftwareKeyManager implements KeyManager {
  readonly #dir: string;
  readonly #cache = new Map<string, KeyObject>();
  readonly #options: SoftwareKeyOptions;
  #master: Promise<Buffer> | undefined;

  constructor(dataDir: string, options: SoftwareKeyOptions = {}) {
    this.#dir = join(dataDir, "keys");
    this.#options = options;
  }

  /** Whether the master key is derived from a passphrase (false: the development `master.key`). */
  get passphraseProtected(): boolean {
    return this.#options.passphrase !== undefined;
  }

  async generateKey(request: GenerateKeyRequest): Promise<PublicKeyInfo> {
    const name = keyName(request.uri);
    const file = this.#file(name);
    if (existsSync(file))
      throw new KeyManagerError("key_exists", `a key already exists under ${request.uri}`);
    const master = await this.#masterKey();
    const { publicKey, privateKey } = await generate(request.algorithm);
    const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
    const spki = publicKey.export({ format: "der", type: "spki" });
    const record: SealedKey = {
      algorithm: request.algorithm,
      spki: spki.toString("base64"),
      ...seal(master, name, pkcs8),
      createdAt: new Date().toISOString(),
      ...(this.passphraseProtected ? { kek: "passphrase" as const } : {}),
    };
    writeFileAtomic(file, JSON.stringify(record, null, 2));
    this.#cache.set(name, privateKey);
    return { spki: new Uint8Array(spki), algorithm: request.algorithm };
  }

  /**
   * Opens the store now (derives and checks the master key, migrates an old store), so a missing or
   * wrong passphrase fails at start-up (`key_passphrase_missing`, `key_passphrase_wrong`).
   */
  async unlock(): Promise<void> {
    await this.#masterKey();
  }

  async getPublicKey(uri: string): Promise<PublicKeyInfo> {
    const record = this.#read(keyName(uri), uri);
    return { spki: new Uint8Array(Buffer.from(record.spki, "base64")), algorithm: record.algorithm };
  }

  async sign(request: SignRequest): Promise<Uint8Array> {
    const key = await this.#privateKey(request.uri);
    const isEc = key.asymmetricKeyType === "ec";
    if (isEc !== request.algorithm.startsWith("ECDSA")) {
      throw new KeyManagerError(
        "mechanism_unsupported",
        `${request.algorithm} does not fit the key under ${request.uri}`,
      );
    }
    return new Promise((resolve, reject) => {
      sign(
        hashOf[request.algorithm],
        request.data,
        isEc ? { key, dsaEncoding: "der" } : key,
        (error, signature) =>
          error
            ? reject(new KeyManagerError("sign_failed", error.message))
            : resolve(new Uint8Array(signature)),
      );
    });
  }

  async storeCertificate(uri: string, der: Uint8Array, label: string): Promise<void> {
    const name = keyName(uri);
    this.#read(name, uri);
    writeFileAtomic(join(this.#dir, `${name}.${label.replace(/[^\w.-]/g, "_")}.crt`), Buffer.from(der));
  }

  async close(): Promise<void> {
    this.#cache.clear();
  }

  async #privateKey(uri: string): Promise<KeyObject> {
    const name = keyName(uri);
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const master = await this.#masterKey();
    const record = this.#read(name, uri);
    const pkcs8 = unseal(master, name, record, uri);
    const key = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
    this.#cache.set(name, key);
    return key;
  }

  #read(name: string, uri: string): SealedKey {
    const file = this.#file(name);
    if (!existsSync(file)) throw new KeyManagerError("key_not_found", `no key under ${uri}`);
    return JSON.parse(readFileSync(file, "utf8")) as SealedKey;
  }

  #file(name: string): string {
    return join(this.#dir, `${name}.json`);
  }

  #masterKey(): Promise<Buffer> {
    this.#master ??= this.#loadMasterKey().catch((error: unknown) => {
      this.#master = undefined;
      throw error;
    });
    return this.#master;
  }

  async #loadMasterKey(): Promise<Buffer> {
    mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
    chmodSync(this.#dir, 0o700);
    const legacyFile = join(this.#dir, "master.key");
    const kdfFile = join(this.#dir, "kdf.json");
    const passphrase = this.#options.passphrase;
    if (passphrase === undefined) {
      if (this.#options.requirePassphrase)
        throw new KeyManagerError(
          "key_passphrase_missing",
          "the software key store needs a passphrase: set MM_KEY_PASSPHRASE or MM_KEY_PASSPHRASE_SOURCE",
        );
      if (existsSync(kdfFile))
        throw new KeyManagerError(
          "key_passphrase_missing",
          "this software key store is protected by a passphrase: set MM_KEY_PASSPHRASE or MM_KEY_PASSPHRASE_SOURCE",
        );
      return readLegacyMasterKey(legacyFile, true);
    }
    const master = await passphraseKey(kdfFile, passphrase);
    if (existsSync(legacyFile)) this.#migrate(readLegacyMasterKey(legacyFile, false), master, legacyFile);
    return master;
  }

  /** Re-seals every key sealed under the stored master key with the passphrase key, then deletes it. */
  #migrate(legacy: Buffer, master: Buffer, legacyFile: string): void {
    for (const entry of readdirSync(this.#dir)) {
      if (!entry.endsWith(".json") || entry === "kdf.json") continue;
      const name = entry.slice(0, -".json".length);
      const file = join(this.#dir, entry);
      const record = JSON.parse(readFileSync(file, "utf8")) as SealedKey;
      if (record.kek === "passphrase") continue;
      const pkcs8 = unseal(legacy, name, record, `softkey:${name}`);
      writeFileAtomic(
        file,
        JSON.stringify({ ...record, ...seal(master, name, pkcs8), kek: "passphrase" }, null, 2),
      );
    }
    unlinkSync(legacyFile);
  }
}

function seal(master: Buffer, name: string, pkcs8: Buffer): Pick<SealedKey, "iv" | "tag" | "sealed"> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", master, iv);
  cipher.setAAD(Buffer.from(name));
  const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return {
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    sealed: sealed.toString("base64"),
  };
}

function unseal(master: Buffer, name: string, record: SealedKey, uri: string): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", master, Buffer.from(record.iv, "base64"));
  decipher.setAAD(Buffer.from(name));
  decipher.setAuthTag(Buffer.from(record.tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(record.sealed, "base64")), decipher.final()]);
  } catch {
    throw new KeyManagerError(
      "key_unreadable",
      `the key under ${uri} cannot be decrypted with this master key`,
    );
  }
}

const passphraseCheckText = "mm-softkey-passphrase-check";

async function passphraseKey(kdfFile: string, passphrase: string): Promise<Buffer> {
  if (!existsSync(kdfFile)) {
    const salt = randomBytes(16);
    const key = await deriveKey(passphrase, salt);
    const parameters: KdfParameters = {
      kdf: "scrypt",
      salt: salt.toString("base64"),
      N: scryptCost.N,
      r: scryptCost.r,
      p: scryptCost.p,
      check: createHmac("sha256", key).update(passphraseCheckText).digest("hex"),
    };
    writeFileAtomic(kdfFile, JSON.stringify(parameters, null, 2));
    return key;
  }
  const parameters = JSON.parse(readFileSync(kdfFile, "utf8")) as KdfParameters;
  const key = await deriveKey(passphrase, Buffer.from(parameters.salt, "base64"), {
    N: parameters.N,
    r: parameters.r,
    p: parameters.p,
    maxmem: Math.max(scryptCost.maxmem, 256 * parameters.N * parameters.r),
  });
  const check = Buffer.from(createHmac("sha256", key).update(passphraseCheckText).digest("hex"), "hex");
  const stored = Buffer.from(parameters.check, "hex");
  if (check.length !== stored.length || !timingSafeEqual(check, stored))
    throw new KeyManagerError(
      "key_passphrase_wrong",
      "the key passphrase does not open the software key store (MM_KEY_PASSPHRASE / MM_KEY_PASSPHRASE_SOURCE)",
    );
  return key;
}

function readLegacyMasterKey(file: string, create: boolean): Buffer {
  if (create && !existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  const key = readFileSync(file);
  if (key.length !== 32)
    throw new KeyManagerError("key_unreadable", "the software key store's master key is damaged");
  return key;
}

/** The key name of a `softkey:<name>` URI (letters, digits, `.`, `_`, `-`). */
export function keyName(uri: string): string {
  const match = /^softkey:([A-Za-z0-9._-]{1,100})$/.exec(uri);
  if (!match || match[1]!.startsWith(".")) {
    throw new KeyManagerError("invalid_key_uri", `not a software key URI: ${uri}`);
  }
  return match[1]!;
}

function generate(algorithm: KeyAlgorithm): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, publicKey: KeyObject, privateKey: KeyObject) =>
      error
        ? reject(new KeyManagerError("keygen_failed", error.message))
        : resolve({ publicKey, privateKey });
    if (algorithm.kind === "RSA") {
      generateKeyPair("rsa", { modulusLength: algorithm.modulusLength, publicExponent: 0x10001 }, done);
    } else {
      generateKeyPair(
        "ec",
        { namedCurve: algorithm.namedCurve === "P-256" ? "prime256v1" : "secp384r1" },
        done,
      );
    }
  });
}

function writeFileAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

/** Exposed for tests: the public key object of an SPKI. */
export function publicKeyFromSpki(spki: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });
}
