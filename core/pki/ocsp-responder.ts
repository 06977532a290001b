import { type CertID, id_pkix_ocsp_nonce, OCSPRequest, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { Certificate, type Name } from "@peculiar/asn1-x509";
import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { CaRecord, CaRepository } from "./ca-repository.ts";
import { signatureAlgorithmDer, wholeSeconds } from "./certificate-builder.ts";
import {
  encodeResponseData,
  encodeStatusOnly,
  encodeSuccessfulResponse,
  type SingleResponseSpec,
} from "./ocsp-response-encoder.ts";

const SHA256_WITH_RSA = signatureAlgorithmDer("RSA-SHA256");

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

/** Most pre-signed responses kept (the oldest is dropped first). */
export const OCSP_CACHE_ENTRIES = 100_000;

/** The status the responder reports for one serial. */
export type OcspCertStatus = "good" | "revoked" | "unknown";

/**
 * An RFC 6960 responder for the issuing CA, signing with a dedicated OCSP signing certificate.
 * Never `good` for a serial that was never issued; garbage, oversized or over-long requests get
 * `malformedRequest`; nonces of 1–32 octets are echoed.
 *
 * Responses to requests without a nonce are pre-signed and kept per request (RFC 5019 style): a
 * repeated request costs one status read, no signature. The status is read from storage on every
 * request and the kept response is used only while it says the same thing (and is less than half
 * its validity old), so a revocation, even one made by another process, is visible at once.
 * A request with a nonce always gets a fresh signature.
 *
 * The signer can be replaced while the responder runs ({@link OcspResponder.useSigner}, called by
 * the periodic renewal in adapters/pki/ocsp-signer-renewal.ts): every answer begun after the switch
 * is signed by the new key and carries the new certificate, and no response of the old signer is
 * served again.
 */
export class OcspResponder {
  readonly #issuerHashes = new Map<string, { name: string; key: string }>();
  readonly #cache = new Map<string, CachedResponse>();
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
  }

  /** Answers one DER request with a DER response (never throws for bad input). */
  async respond(requestDer: Uint8Array): Promise<Uint8Array> {
    if (requestDer.length === 0 || requestDer.length > MAX_OCSP_REQUEST_BYTES)
      return statusOnly(OCSPResponseStatus.malformedRequest);
    // a view, not a copy: the key is built for every request
    const cacheKey = Buffer.from(requestDer.buffer, requestDer.byteOffset, requestDer.byteLength).toString(
      "latin1",
    );
    const kept = await this.#fromCache(cacheKey);
    if (kept) return kept;
    let request: OCSPRequest;
    try {
      request = AsnConvert.parse(requestDer, OCSPRequest);
    } catch {
      return statusOnly(OCSPResponseStatus.malformedRequest);
    }
    const list = request.tbsRequest.requestList;
    if (list.length === 0 || list.length > MAX_OCSP_REQUEST_ENTRIES)
      return statusOnly(OCSPResponseStatus.malformedRequest);
    const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
    if (nonce) {
      let length = 0;
      try {
        length = AsnConvert.parse(nonce.extnValue.buffer, OctetString).byteLength;
      } catch {
        return statusOnly(OCSPResponseStatus.malformedRequest);
      }
      if (length < 1 || length > 32) return statusOnly(OCSPResponseStatus.malformedRequest);
    }
    // one signer for the whole answer, even when useSigner runs while it is being built
    const signer = this.#signer;
    const now = wholeSeconds(this.deps.clock.now());
    const serials = await Promise.all(list.map(({ reqCert }) => this.#ourSerial(reqCert)));
    const statuses = await Promise.all(serials.map((serial) => this.#statusOf(serial)));
    const fingerprint = statuses.map(fingerprintOf).join(",");
    const nextUpdate = new Date(now.getTime() + OCSP_VALIDITY_MINUTES * 60_000);
    const responses = list.map(({ reqCert }, i): SingleResponseSpec => {
      const { status, revokedAt, reason } = statuses[i]!;
      return {
        certIdDer: new Uint8Array(AsnConvert.serialize(reqCert)),
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
      ...(nonce ? { nonceExtnValue: new Uint8Array(nonce.extnValue.buffer) } : {}),
    });
    const signature = await this.deps.keys
      .forUri(signer.keyUri)
      .sign({ uri: signer.keyUri, algorithm: "RSA-SHA256", data: tbs });
    const der = encodeSuccessfulResponse({
      responseDataDer: tbs,
      signatureAlgorithmDer: SHA256_WITH_RSA,
      signature,
      signerCertDer: signer.certDer,
    });
    // not kept when the signer was replaced meanwhile: it would outlive the switch
    if (!nonce && signer === this.#signer) {
      this.#remember(cacheKey, {
        signer,
        serials,
        fingerprint,
        der,
        refreshAt: now.getTime() + (OCSP_VALIDITY_MINUTES * 60_000) / 2,
      });
    }
    return der;
  }

  /** Answers from a pre-signed response when the request was seen and the statuses are unchanged. */
  async #fromCache(key: string): Promise<Uint8Array | undefined> {
    const cached = this.#cache.get(key);
    if (!cached) return undefined;
    if (cached.signer !== this.#signer || this.deps.clock.now().getTime() >= cached.refreshAt) {
      this.#cache.delete(key);
      return undefined;
    }
    const { serials } = cached;
    const fingerprint =
      serials.length === 1
        ? fingerprintOf(await this.#statusOf(serials[0]))
        : (await Promise.all(serials.map((serial) => this.#statusOf(serial)))).map(fingerprintOf).join(",");
    if (fingerprint !== cached.fingerprint) {
      this.#cache.delete(key);
      return undefined;
    }
    // the signer may have been replaced while the statuses were read
    return cached.signer === this.#signer ? cached.der : undefined;
  }

  #remember(key: string, entry: CachedResponse): void {
    if (this.#cache.size >= OCSP_CACHE_ENTRIES) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.set(key, entry);
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
  async #ourSerial(id: CertID): Promise<string | undefined> {
    const hash = hashNames[id.hashAlgorithm.algorithm];
    if (!hash) return undefined;
    const expected = await this.#issuerHash(hash);
    if (hex(id.issuerNameHash) !== expected.name || hex(id.issuerKeyHash) !== expected.key) return undefined;
    return Buffer.from(id.serialNumber)
      .toString("hex")
      .replace(/^(00)+(?=[0-9a-f]{2})/, "");
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
    const name = Buffer.from(
      await digest(hash, new Uint8Array(AsnConvert.serialize(tbs.subject as Name))),
    ).toString("hex");
    const key = Buffer.from(
      await digest(hash, new Uint8Array(tbs.subjectPublicKeyInfo.subjectPublicKey)),
    ).toString("hex");
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
}

function fingerprintOf(s: CertificateStatus): string {
  if (s.status !== "revoked") return s.status;
  return `${s.status}:${s.revokedAt?.getTime() ?? ""}:${s.reason ?? ""}`;
}

function statusOnly(status: OCSPResponseStatus): Uint8Array {
  return encodeStatusOnly(status);
}

async function digest(algorithm: string, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, data));
}

function hex(value: OctetString): string {
  return Buffer.from(value.buffer).toString("hex");
}
