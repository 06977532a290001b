/**
 * Strict reading of an OCSP request's DER before anything else looks at it (RFC 6960 §4.1.1 with
 * X.690 DER rules): definite, minimal lengths only (no BER indefinite length, no padded lengths),
 * primitive strings, minimal INTEGERs, nothing after the request, bounded nesting, and CertID serials
 * of at most 20 octets (RFC 5280 §4.1.2.2). A request that breaks any of these is `malformedRequest`.
 *
 * The walk also yields what the responder keys its kept answers on: the CertIDs exactly as encoded
 * (canonical, since the encoding is DER) and whether a nonce is asked for, without building
 * asn1-schema objects on the hot path.
 */

/** Longest serial number a CertID may carry, in content octets. */
export const MAX_SERIAL_OCTETS = 20;
/** Deepest nesting of constructed elements accepted (an OCSP request needs 8). */
export const MAX_DER_DEPTH = 12;

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const OID = 0x06;
const BOOLEAN = 0x01;
/** id-pkix-ocsp-nonce, 1.3.6.1.5.5.7.48.1.2, as OID content octets. */
const NONCE_OID = Uint8Array.of(0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x02);

/** The fields of one CertID, as views into the request. */
export interface InspectedCertId {
  /** The hash algorithm's OID, its content octets. */
  hashOid: Uint8Array;
  issuerNameHash: Uint8Array;
  issuerKeyHash: Uint8Array;
  /** The serial number INTEGER's content octets. */
  serial: Uint8Array;
}

/** What a well-formed request asks. */
export interface InspectedOcspRequest {
  /** Each Request's CertID, the DER as the client encoded it (a view into the request). */
  certIds: Uint8Array[];
  /** Each CertID's fields, in the order of {@link certIds}. */
  fields: InspectedCertId[];
  /** Whether the request extensions hold a nonce. */
  hasNonce: boolean;
  /**
   * The first nonce extension's extnValue contents (the DER OCTET STRING holding the nonce, as the
   * response echoes it) and the nonce's length in octets; `nonceLength` is -1 when the extnValue
   * does not hold exactly one OCTET STRING.
   */
  nonce?: { extnValue: Uint8Array; nonceLength: number };
}

/** One element: its tag and where its content lies. */
interface Tlv {
  tag: number;
  /** Offset of the tag octet. */
  head: number;
  start: number;
  end: number;
}

class NotDer extends Error {}

/**
 * Checks `der` is one DER-encoded OCSPRequest with nothing after it and returns its CertIDs and
 * whether it carries a nonce; `undefined` for anything else (never throws).
 */
export function inspectOcspRequest(der: Uint8Array): InspectedOcspRequest | undefined {
  try {
    const top = readTlv(der, 0, der.length);
    if (top.end !== der.length || top.tag !== SEQUENCE) return undefined;
    checkDer(der, top, 1);
    const [tbs, signature, ...more] = children(der, top);
    if (!tbs || tbs.tag !== SEQUENCE || more.length > 0 || (signature && signature.tag !== 0xa0))
      return undefined;
    const fields = children(der, tbs);
    let i = 0;
    if (fields[i]?.tag === 0xa0) i++; // version
    if (fields[i]?.tag === 0xa1) i++; // requestorName
    const list = fields[i++];
    if (!list || list.tag !== SEQUENCE) return undefined;
    const extensions = fields[i]?.tag === 0xa2 ? fields[i++] : undefined;
    if (i !== fields.length) return undefined;
    const certIds: Uint8Array[] = [];
    const parsed: InspectedCertId[] = [];
    for (const request of children(der, list)) {
      if (request.tag !== SEQUENCE) return undefined;
      const [certId, single, ...rest] = children(der, request);
      if (!certId || rest.length > 0 || (single && single.tag !== 0xa0)) return undefined;
      if (single) checkSingleExtensions(der, single);
      const parts = certIdFields(der, certId);
      if (!parts) return undefined;
      certIds.push(der.subarray(certId.head, certId.end));
      parsed.push(parts);
    }
    const nonce = extensions ? nonceOf(der, extensions) : undefined;
    return { certIds, fields: parsed, hasNonce: nonce !== undefined, ...(nonce ? { nonce } : {}) };
  } catch (error) {
    if (error instanceof NotDer) return undefined;
    throw error;
  }
}

/**
 * CertID ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier, issuerNameHash, issuerKeyHash, serialNumber }:
 * its fields, or `undefined` when it is not one.
 */
function certIdFields(der: Uint8Array, certId: Tlv): InspectedCertId | undefined {
  if (certId.tag !== SEQUENCE) return undefined;
  const [algorithm, nameHash, keyHash, serial, ...rest] = children(der, certId);
  if (!algorithm || !nameHash || !keyHash || !serial || rest.length > 0) return undefined;
  const hashOid = algorithm.tag === SEQUENCE ? children(der, algorithm)[0] : undefined;
  if (hashOid?.tag !== OID) return undefined;
  if (nameHash.tag !== OCTET_STRING || keyHash.tag !== OCTET_STRING || serial.tag !== INTEGER)
    return undefined;
  if (serial.end - serial.start > MAX_SERIAL_OCTETS) return undefined;
  const view = (t: Tlv) => der.subarray(t.start, t.end);
  return {
    hashOid: view(hashOid),
    issuerNameHash: view(nameHash),
    issuerKeyHash: view(keyHash),
    serial: view(serial),
  };
}

/**
 * requestExtensions [2] EXPLICIT SEQUENCE OF Extension: the first nonce extension's extnValue
 * (Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }).
 * Any other extension marked critical is not understood, so the request is refused (RFC 6960
 * §4.1.2: unrecognised extensions are ignored unless critical).
 */
function nonceOf(der: Uint8Array, wrapper: Tlv): InspectedOcspRequest["nonce"] {
  let nonce: InspectedOcspRequest["nonce"];
  for (const extension of extensionsOf(der, wrapper)) {
    const parts = extension.tag === SEQUENCE ? children(der, extension) : [];
    const id = parts[0];
    if (!id || id.tag !== OID) throw new NotDer();
    const content = der.subarray(id.start, id.end);
    if (content.length !== NONCE_OID.length || !content.every((b, k) => b === NONCE_OID[k])) {
      if (isCritical(der, parts)) throw new NotDer();
      continue;
    }
    if (nonce) continue;
    const value = parts[parts.length - 1]!;
    if (parts.length < 2 || value.tag !== OCTET_STRING) {
      nonce = { extnValue: new Uint8Array(0), nonceLength: -1 };
      continue;
    }
    const extnValue = der.subarray(value.start, value.end);
    let nonceLength = -1;
    try {
      const inner = readTlv(extnValue, 0, extnValue.length);
      if (inner.tag === OCTET_STRING && inner.end === extnValue.length) nonceLength = inner.end - inner.start;
    } catch (error) {
      if (!(error instanceof NotDer)) throw error;
    }
    nonce = { extnValue, nonceLength };
  }
  return nonce;
}

/** The Extension elements inside an `[n] EXPLICIT SEQUENCE OF Extension` wrapper. */
function extensionsOf(der: Uint8Array, wrapper: Tlv): Tlv[] {
  const [list, ...rest] = children(der, wrapper);
  if (!list || list.tag !== SEQUENCE || rest.length > 0) throw new NotDer();
  return children(der, list);
}

/** Whether an Extension's parts (extnID, critical?, extnValue) carry `critical TRUE`. */
function isCritical(der: Uint8Array, parts: Tlv[]): boolean {
  const flag = parts.length === 3 ? parts[1] : undefined;
  return flag?.tag === BOOLEAN && flag.end - flag.start === 1 && der[flag.start] !== 0;
}

/** singleRequestExtensions [0] EXPLICIT: none is understood, so a critical one refuses the request. */
function checkSingleExtensions(der: Uint8Array, wrapper: Tlv): void {
  for (const extension of extensionsOf(der, wrapper)) {
    const parts = extension.tag === SEQUENCE ? children(der, extension) : [];
    if (!parts[0] || parts[0].tag !== OID) throw new NotDer();
    if (isCritical(der, parts)) throw new NotDer();
  }
}

/** The elements inside a constructed element, in order. */
function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(der, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

/** Reads one TLV at `at` that must end by `limit`: low tag numbers, definite minimal lengths. */
function readTlv(der: Uint8Array, at: number, limit: number): Tlv {
  if (at + 2 > limit) throw new NotDer();
  const tag = der[at]!;
  if ((tag & 0x1f) === 0x1f) throw new NotDer(); // high tag numbers: never in an OCSP request
  const first = der[at + 1]!;
  let start = at + 2;
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length; more than 3 length octets exceeds any accepted request
    if (count === 0 || count > 3 || start + count > limit) throw new NotDer();
    if (der[start] === 0) throw new NotDer(); // leading zero length octet: not minimal
    length = 0;
    for (let k = 0; k < count; k++) length = length * 256 + der[start + k]!;
    if (length < 0x80) throw new NotDer(); // the short form was required
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new NotDer();
  return { tag, head: at, start, end };
}

/** Checks the DER rules below `element`: primitive strings, minimal INTEGERs, BOOLEAN and NULL forms. */
function checkDer(der: Uint8Array, element: Tlv, depth: number): void {
  if (depth > MAX_DER_DEPTH) throw new NotDer();
  const { tag, start, end } = element;
  if (tag & 0x20) {
    // constructed forms of universal string types (BIT, OCTET, character strings) are BER only
    if ((tag & 0xc0) === 0 && tag !== SEQUENCE && tag !== 0x31) throw new NotDer();
    for (const child of children(der, element)) checkDer(der, child, depth + 1);
    return;
  }
  const length = end - start;
  if (tag === INTEGER || tag === 0x0a) {
    if (length === 0) throw new NotDer();
    if (length > 1) {
      const a = der[start]!;
      const b = der[start + 1]!;
      if ((a === 0x00 && b < 0x80) || (a === 0xff && b >= 0x80)) throw new NotDer();
    }
  } else if (tag === 0x01) {
    if (length !== 1 || (der[start] !== 0x00 && der[start] !== 0xff)) throw new NotDer();
  } else if (tag === 0x05) {
    if (length !== 0) throw new NotDer();
  }
}
