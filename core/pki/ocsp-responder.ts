import { createHash } from "node:crypto";
import { OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, type Name } from "@peculiar/asn1-x509";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { CaRecord, CaRepository } from "./ca-repository.ts";
import { wholeSeconds } from "./certificate-builder.ts";
import { issuerOf } from "./issuer.ts";
import { type InspectedCertId, inspectOcspRequest } from "./ocsp-request-der.ts";
import {
  encodeResponseData,
  encodeStatusOnly,
  encodeSuccessfulResponse,
  type SingleResponseSpec,
} from "./ocsp-response-encoder.ts";
import { serialFromOctets } from "./serial-number.ts";

/** Largest OCSP request accepted (bytes); larger ones get `malformedRequest`. */
export const MAX_OCSP_REQUEST_BYTES = 8 * 1024;
/** Most certificates asked about in one request. */
export const MAX_OCSP_REQUEST_ENTRIES = 16;
/** Minutes a response may be cached (nextUpdate − thisUpdate). */
export const OCSP_VALIDITY_MINUTES = 60;

const hashNames: Record<string, "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512"> = {
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};

/** Bytes of pre-signed responses kept by default (the oldest is dropped first). */
export const OCSP_CACHE_BYTES = 64 * 1024 * 1024;
/** What one kept response costs besides its bytes and key (the entry, the map slot). */
const ENTRY_OVERHEAD_BYTES = 256;

/** A DER answer and, when it may be cached by HTTP (RFC 5019), its times and entity tag. */
export interface OcspAnswer {
  der: Uint8Array;
  /** Present only on a kept (cacheable) answer. */
  caching?: { thisUpdate: Date; nextUpdate: Date; refreshAt: Date; etag: string };
}

/** The status the responder reports for one serial. */
export type OcspCertStatus = "good" | "revoked" | "unknown";

/**
 * An RFC 6960 responder for the issuing CA, signing with a dedicated OCSP signing certificate.
 * Never `good` for a serial that was never issued; garbage, oversized or over-long requests, and any
 * request that is not strict DER (see ocsp-request-der.ts: indefinite or padded lengths, trailing
 * bytes, serials over 20 octets) get `malformedRequest`; nonces of 1–32 octets are echoed.
 *
 * Responses to requests without a nonce are pre-signed and kept per list of CertIDs (RFC 5019
 * style), so other fields of the request cannot multiply the entries: a repeated request costs one
 * status read, no signature. An answer stating `unknown` is never kept (anyone can ask about any
 * serial), and the kept answers are bounded in bytes ({@link OCSP_CACHE_BYTES}). The status is read from storage on every
 * request and the kept response is used only while it says the same thing (and is less than half
 * its validity old), so a revocation, even one made by another process, is visible at once.
 * A request with a nonce always gets a fresh signature (the HTTP endpoint budgets them per client).
 *
 * The signer can be replaced while the responder runs ({@link OcspResponder.useSigner}, called by
 * the periodic renewal in adapters/pki/ocsp-signer-renewal.ts): every answer begun after the switch
 * is signed by the new key and carries the new certificate, and no response of the old signer is
 * served again.
 */
export class OcspResponder {
  readonly #issuerHashes = new Map<string, { name: Buffer; key: Buffer }>();
  readonly #cache = new Map<string, CachedResponse>();
  #cacheBytes = 0;
  #signer: CaRecord;
  /** SHA-1 of the signer's public key (the ResponderID), computed once per signer. */
  #signerKeyHash: { signer: CaRecord; hash: Uint8Array } | undefined;

  constructor(
    private readonly deps: {
      repository: CaRepository;
      keys: KeyManagerResolver;
      clock: Clock;
      issuing: CaRecord;
      signer: CaRecord;
      /** Bytes of kept answers; default {@link OCSP_CACHE_BYTES}. */
      cacheBytes?: number;
      /** Told of every signed answer, with its signer (the audit's tally: core/audit/audit-tally.ts). */
      onSigned?: (signer: CaRecord) => void;
    },
  ) {
    this.#signer = deps.signer;
  }

  /** The OCSP signing certificate answers are signed with. */
  get signer(): CaRecord {
    return this.#signer;
  }

  /**
   * Signs every later answer with `record` (a renewed OCSP signing certificate of the same issuing
   * CA): the key hash is computed again and every kept response of the previous signer is dropped.
   * Answers being signed at the moment of the switch finish with the signer they began with and are
   * not kept.
   */
  useSigner(record: CaRecord): void {
    this.#signer = record;
    this.#signerKeyHash = undefined;
    this.#cache.clear();
    this.#cacheBytes = 0;
  }

  /** Bytes the kept answers take now (as counted against the bound). */
  get keptBytes(): number {
    return this.#cacheBytes;
  }

  /** Answers one DER request with a DER response (never throws for bad input). */
  async respond(requestDer: Uint8Array): Promise<Uint8Array> {
    return (await this.answer(requestDer)).der;
  }

  /**
   * Answers one DER request (never throws for bad input). A kept answer comes with its times and
   * entity tag for HTTP caching.
   */
  async answer(requestDer: Uint8Array): Promise<OcspAnswer> {
    if (requestDer.length === 0 || requestDer.length > MAX_OCSP_REQUEST_BYTES) return MALFORMED;
    const inspected = inspectOcspRequest(requestDer);
    if (!inspected || inspected.certIds.length === 0 || inspected.certIds.length > MAX_OCSP_REQUEST_ENTRIES)
      return MALFORMED;
    // the CertIDs as encoded (canonical: the request is strict DER), views, not copies
    const cacheKey = inspected.hasNonce ? "" : latin1(inspected.certIds);
    if (!inspected.hasNonce) {
      const kept = await this.#fromCache(cacheKey);
      if (kept) return kept;
    }
    // the request's fields are read from the strict DER walk: no asn1-schema objects per request
    // (measured: parsing the whole request with AsnConvert took about half of the main thread's
    // time per nonce answer)
    const nonce = inspected.nonce;
    if (nonce && (nonce.nonceLength < 1 || nonce.nonceLength > 32)) return MALFORMED;
    // one signer for the whole answer, even when useSigner runs while it is being built
    const signer = this.#signer;
    const now = wholeSeconds(this.deps.clock.now());
    const serials = await Promise.all(inspected.fields.map((certId) => this.#ourSerial(certId)));
    const statuses = await Promise.all(serials.map((serial) => this.#statusOf(serial)));
    const fingerprint = statuses.map(fingerprintOf).join(",");
    const nextUpdate = new Date(now.getTime() + OCSP_VALIDITY_MINUTES * 60_000);
    const responses = inspected.certIds.map((certIdDer, i): SingleResponseSpec => {
      const { status, revokedAt, reason } = statuses[i]!;
      return {
        certIdDer,
        status:
          status === "revoked"
            ? { status, revokedAt: revokedAt!, ...(reason ? { reason } : {}) }
            : { status },
        thisUpdate: now,
        nextUpdate,
      };
    });
    const tbs = encodeResponseData({
      responderKeyHash: await this.#signerKeyId(signer),
      producedAt: now,
      responses,
      ...(nonce ? { nonceExtnValue: nonce.extnValue } : {}),
    });
    const signing = await issuerOf(signer);
    const signature = await this.deps.keys
      .forUri(signing.keyUri)
      .sign({ uri: signing.keyUri, algorithm: signing.signatureAlgorithm, data: tbs });
    this.deps.onSigned?.(signer);
    const der = encodeSuccessfulResponse({
      responseDataDer: tbs,
      signatureAlgorithmDer: signing.signatureAlgorithmDer,
      signature,
      signerCertDer: signer.certDer,
    });
    // not kept when the signer was replaced meanwhile (it would outlive the switch), nor when it
    // states `unknown`: any serial can be asked about, so such answers could fill the memory
    if (nonce || signer !== this.#signer || statuses.some((x) => x.status === "unknown")) return { der };
    const entry: CachedResponse = {
      signer,
      serials,
      fingerprint,
      der,
      refreshAt: now.getTime() + (OCSP_VALIDITY_MINUTES * 60_000) / 2,
      caching: {
        thisUpdate: now,
        nextUpdate,
        refreshAt: new Date(now.getTime() + (OCSP_VALIDITY_MINUTES * 60_000) / 2),
        etag: `"${createHash("sha1").update(der).digest("hex")}"`,
      },
    };
    this.#remember(cacheKey, entry);
    return { der, caching: entry.caching };
  }

  /** Answers from a pre-signed response when the request was seen and the statuses are unchanged. */
  async #fromCache(key: string): Promise<OcspAnswer | undefined> {
    const cached = this.#cache.get(key);
    if (!cached) return undefined;
    if (cached.signer !== this.#signer || this.deps.clock.now().getTime() >= cached.refreshAt) {
      this.#forget(key, cached);
      return undefined;
    }
    const { serials } = cached;
    const fingerprint =
      serials.length === 1
        ? fingerprintOf(await this.#statusOf(serials[0]))
        : (await Promise.all(serials.map((serial) => this.#statusOf(serial)))).map(fingerprintOf).join(",");
    if (fingerprint !== cached.fingerprint) {
      this.#forget(key, cached);
      return undefined;
    }
    // the signer may have been replaced while the statuses were read
    return cached.signer === this.#signer ? cached : undefined;
  }

  /** Keeps an answer, dropping the oldest ones while the kept bytes exceed the bound. */
  #remember(key: string, entry: CachedResponse): void {
    const previous = this.#cache.get(key);
    if (previous) this.#forget(key, previous);
    const limit = this.deps.cacheBytes ?? OCSP_CACHE_BYTES;
    const size = sizeOf(key, entry);
    if (size > limit) return;
    while (this.#cacheBytes + size > limit) {
      const oldest = this.#cache.entries().next().value;
      if (!oldest) break;
      this.#forget(oldest[0], oldest[1]);
    }
    this.#cache.set(key, entry);
    this.#cacheBytes += size;
  }

  #forget(key: string, entry: CachedResponse): void {
    if (this.#cache.get(key) !== entry) return;
    this.#cache.delete(key);
    this.#cacheBytes -= sizeOf(key, entry);
  }

  async #signerKeyId(signer: CaRecord): Promise<Uint8Array> {
    const cached = this.#signerKeyHash;
    if (cached?.signer === signer) return cached.hash;
    const spki = AsnConvert.parse(signer.certDer, Certificate).tbsCertificate.subjectPublicKeyInfo;
    const hash = await digest("SHA-1", new Uint8Array(spki.subjectPublicKey));
    if (signer === this.#signer) this.#signerKeyHash = { signer, hash };
    return hash;
  }

  /**
   * The serial (lower-case hex, no leading zero octets) a CertID asks about, or `undefined` when it
   * names another issuer or an unsupported hash: such a CertID is always `unknown`.
   */
  async #ourSerial(id: InspectedCertId): Promise<string | undefined> {
    const hash = hashNames[oidText(id.hashOid)];
    if (!hash) return undefined;
    const expected = await this.#issuerHash(hash);
    if (!expected.name.equals(view(id.issuerNameHash)) || !expected.key.equals(view(id.issuerKeyHash)))
      return undefined;
    return serialFromOctets(id.serial);
  }

  async #statusOf(serial: string | undefined): Promise<CertificateStatus> {
    if (serial === undefined) return UNKNOWN;
    const repository = this.deps.repository;
    const row = repository.statusBySerial
      ? await repository.statusBySerial(serial)
      : await repository.bySerial(serial);
    if (row?.state !== "issued" || row.issuerId !== this.deps.issuing.id) return UNKNOWN;
    if (row.revokedAt) return { status: "revoked", revokedAt: row.revokedAt, reason: row.revocationReason };
    return GOOD;
  }

  async #issuerHash(hash: "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512") {
    const cached = this.#issuerHashes.get(hash);
    if (cached) return cached;
    const tbs = AsnConvert.parse(this.deps.issuing.certDer, Certificate).tbsCertificate;
    const name = Buffer.from(await digest(hash, new Uint8Array(AsnConvert.serialize(tbs.subject as Name))));
    const key = Buffer.from(await digest(hash, new Uint8Array(tbs.subjectPublicKeyInfo.subjectPublicKey)));
    const value = { name, key };
    this.#issuerHashes.set(hash, value);
    return value;
  }
}

/** What the responder states about one certificate. */
interface CertificateStatus {
  status: OcspCertStatus;
  revokedAt?: Date;
  reason?: number;
}
const UNKNOWN: CertificateStatus = { status: "unknown" };
const GOOD: CertificateStatus = { status: "good" };

/** A pre-signed response and what it was signed for. */
interface CachedResponse {
  /** The signer that signed it; served only while it is still the responder's signer. */
  signer: CaRecord;
  /** Per CertID of the request, the serial it asks about (`undefined`: not ours, always unknown). */
  serials: (string | undefined)[];
  /** The statuses the response states, see {@link fingerprintOf}. */
  fingerprint: string;
  der: Uint8Array;
  /** When to sign a fresh one (half the validity). */
  refreshAt: number;
  caching: NonNullable<OcspAnswer["caching"]>;
}

function sizeOf(key: string, entry: CachedResponse): number {
  return key.length + entry.der.byteLength + ENTRY_OVERHEAD_BYTES;
}

const MALFORMED: OcspAnswer = { der: encodeStatusOnly(OCSPResponseStatus.malformedRequest) };

/** The CertIDs side by side as one string key (DER elements are self-delimiting). */
function latin1(parts: Uint8Array[]): string {
  if (parts.length === 1) {
    const p = parts[0]!;
    return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString("latin1");
  }
  return parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString("latin1")).join("");
}

function fingerprintOf(s: CertificateStatus): string {
  if (s.status !== "revoked") return s.status;
  return `${s.status}:${s.revokedAt?.getTime() ?? ""}:${s.reason ?? ""}`;
}

async function digest(algorithm: string, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, data));
}

/** The same bytes as a Buffer, without a copy. */
function view(value: Uint8Array): Buffer {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function hex(value: Uint8Array): string {
  return view(value).toString("hex");
}

/** Hash algorithm OIDs by their content octets as hex (see {@link hashNames}). */
const hashOidsByOctets = new Map<string, string>([
  ["2b0e03021a", "1.3.14.3.2.26"],
  ["608648016503040201", "2.16.840.1.101.3.4.2.1"],
  ["608648016503040202", "2.16.840.1.101.3.4.2.2"],
  ["608648016503040203", "2.16.840.1.101.3.4.2.3"],
]);

/** The dotted OID of a supported hash algorithm's OID content octets ("" for any other). */
function oidText(octets: Uint8Array): string {
  return hashOidsByOctets.get(hex(octets)) ?? "";
}
