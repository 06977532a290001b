import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  randomBytes,
  sign,
} from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type {
  GenerateKeyRequest,
  KeyAlgorithm,
  KeyManager,
  PublicKeyInfo,
  SignRequest,
} from "../../core/ports/key-manager.ts";

/** A stored key: the public key in clear, the PKCS#8 private key sealed with AES-256-GCM. */
interface SealedKey {
  algorithm: KeyAlgorithm;
  spki: string;
  iv: string;
  tag: string;
  sealed: string;
  createdAt: string;
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
 * keys encrypted at rest with AES-256-GCM under a master key (`<dataDir>/keys/master.key`, mode 0600,
 * created on first use). Signing uses node's asynchronous `crypto.sign`, off the event loop.
 */
export class SoftwareKeyManager implements KeyManager {
  readonly #dir: string;
  readonly #cache = new Map<string, KeyObject>();
  #master: Buffer | undefined;

  constructor(dataDir: string) {
    this.#dir = join(dataDir, "keys");
  }

  async generateKey(request: GenerateKeyRequest): Promise<PublicKeyInfo> {
    const name = keyName(request.uri);
    const file = this.#file(name);
    if (existsSync(file))
      throw new KeyManagerError("key_exists", `a key already exists under ${request.uri}`);
    const { publicKey, privateKey } = await generate(request.algorithm);
    const master = this.#masterKey();
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", master, iv);
    cipher.setAAD(Buffer.from(name));
    const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
    const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    const spki = publicKey.export({ format: "der", type: "spki" });
    const record: SealedKey = {
      algorithm: request.algorithm,
      spki: spki.toString("base64"),
      iv: iv.toString("base64"),
      tag: cipher.getAuthTag().toString("base64"),
      sealed: sealed.toString("base64"),
      createdAt: new Date().toISOString(),
    };
    writeFileAtomic(file, JSON.stringify(record, null, 2));
    this.#cache.set(name, privateKey);
    return { spki: new Uint8Array(spki), algorithm: request.algorithm };
  }

  async getPublicKey(uri: string): Promise<PublicKeyInfo> {
    const record = this.#read(keyName(uri), uri);
    return { spki: new Uint8Array(Buffer.from(record.spki, "base64")), algorithm: record.algorithm };
  }

  async sign(request: SignRequest): Promise<Uint8Array> {
    const key = this.#privateKey(request.uri);
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

  #privateKey(uri: string): KeyObject {
    const name = keyName(uri);
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const record = this.#read(name, uri);
    const decipher = createDecipheriv("aes-256-gcm", this.#masterKey(), Buffer.from(record.iv, "base64"));
    decipher.setAAD(Buffer.from(name));
    decipher.setAuthTag(Buffer.from(record.tag, "base64"));
    let pkcs8: Buffer;
    try {
      pkcs8 = Buffer.concat([decipher.update(Buffer.from(record.sealed, "base64")), decipher.final()]);
    } catch {
      throw new KeyManagerError(
        "key_unreadable",
        `the key under ${uri} cannot be decrypted with this master key`,
      );
    }
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

  #masterKey(): Buffer {
    if (this.#master) return this.#master;
    mkdirSync(this.#dir, { recursive: true, mode: 0o700 });
    const file = join(this.#dir, "master.key");
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(32), { mode: 0o600, flag: "wx" });
    }
    chmodSync(file, 0o600);
    const key = readFileSync(file);
    if (key.length !== 32)
      throw new KeyManagerError("key_unreadable", "the software key store's master key is damaged");
    this.#master = key;
    return key;
  }
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
