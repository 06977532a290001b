/**
 * DER encoding of RFC 6960 responses with the minimal writer (der.ts). Building the answer through
 * @peculiar/asn1-schema parsed the signer certificate and re-serialised every nested layer on each
 * response, which cost about three times the RSA signature (measured with `npm run bench -- ocsp`,
 * nonce requests). Tests compare these bytes with asn1-schema's encoding.
 */
import * as der from "./der.ts";

/** The OCSP status of one certificate, as stated in a SingleResponse. */
export type EncodedStatus =
  | { status: "good" }
  | { status: "unknown" }
  | { status: "revoked"; revokedAt: Date; reason?: number };

/** One SingleResponse: the CertID as the request encoded it, and what is stated about it. */
export interface SingleResponseSpec {
  certIdDer: Uint8Array;
  status: EncodedStatus;
  thisUpdate: Date;
  nextUpdate: Date;
}

const ID_PKIX_OCSP_BASIC = der.oid("1.3.6.1.5.5.7.48.1.1");
const ID_PKIX_OCSP_NONCE = der.oid("1.3.6.1.5.5.7.48.1.2");
/** `good [0] IMPLICIT NULL` and `unknown [2] IMPLICIT NULL`. */
const GOOD = Uint8Array.of(0x80, 0x00);
const UNKNOWN = Uint8Array.of(0x82, 0x00);

/** OCSPResponse with only a status (no responseBytes): malformedRequest, internalError, … */
export function encodeStatusOnly(responseStatus: number): Uint8Array {
  return der.sequence(der.enumerated(responseStatus));
}

/**
 * ResponseData: responder by key hash, producedAt, the single responses and, when given, the nonce
 * extension echoing `nonceExtnValue` (the request's extnValue octets, i.e. a DER OCTET STRING).
 */
export function encodeResponseData(spec: {
  responderKeyHash: Uint8Array;
  producedAt: Date;
  responses: readonly SingleResponseSpec[];
  nonceExtnValue?: Uint8Array;
}): Uint8Array {
  const parts = [
    der.explicit(2, der.octetString(spec.responderKeyHash)),
    der.generalizedTime(spec.producedAt),
    der.sequenceOf(spec.responses.map(singleResponse)),
  ];
  if (spec.nonceExtnValue) {
    parts.push(
      der.explicit(1, der.sequence(der.sequence(ID_PKIX_OCSP_NONCE, der.octetString(spec.nonceExtnValue)))),
    );
  }
  return der.sequence(...parts);
}

/**
 * A successful OCSPResponse around a signed BasicOCSPResponse that carries the signer's certificate.
 * Written in one pass into one array (every length is known beforehand): nesting the layers with
 * der.ts copied the signer's certificate four times per answer, and those copies and allocations
 * were the largest part of the main thread's work per nonce answer besides the status read.
 */
export function encodeSuccessfulResponse(spec: {
  responseDataDer: Uint8Array;
  signatureAlgorithmDer: Uint8Array;
  signature: Uint8Array;
  signerCertDer: Uint8Array;
}): Uint8Array {
  const certs = certsField(spec.signerCertDer);
  const signatureContent = 1 + spec.signature.length;
  const signatureTlv = 1 + der.derLength(signatureContent).length + signatureContent;
  const basicContent =
    spec.responseDataDer.length + spec.signatureAlgorithmDer.length + signatureTlv + certs.length;
  const basicHead = header(0x30, basicContent);
  const octetHead = header(0x04, basicHead.length + basicContent);
  const bytesContent = ID_PKIX_OCSP_BASIC.length + octetHead.length + basicHead.length + basicContent;
  const bytesHead = header(0x30, bytesContent);
  const explicitHead = header(0xa0, bytesHead.length + bytesContent);
  const outerContent = SUCCESSFUL.length + explicitHead.length + bytesHead.length + bytesContent;
  const outerHead = header(0x30, outerContent);
  const out = new Uint8Array(outerHead.length + outerContent);
  let at = 0;
  const put = (part: Uint8Array) => {
    out.set(part, at);
    at += part.length;
  };
  put(outerHead);
  put(SUCCESSFUL);
  put(explicitHead);
  put(bytesHead);
  put(ID_PKIX_OCSP_BASIC);
  put(octetHead);
  put(basicHead);
  put(spec.responseDataDer);
  put(spec.signatureAlgorithmDer);
  put(header(der.tag.bitString, signatureContent));
  out[at++] = 0; // no unused bits
  put(spec.signature);
  put(certs);
  return out;
}

/** `responseStatus successful (0)`. */
const SUCCESSFUL = der.enumerated(0);

/** Tag and length octets of a TLV whose contents take `length` octets. */
function header(tagByte: number, length: number): Uint8Array {
  const lengthOctets = der.derLength(length);
  const out = new Uint8Array(1 + lengthOctets.length);
  out[0] = tagByte;
  out.set(lengthOctets, 1);
  return out;
}

/** `certs [0] EXPLICIT SEQUENCE OF Certificate` with the one signer certificate, built once per certificate. */
const certsFields = new WeakMap<Uint8Array, Uint8Array>();
function certsField(signerCertDer: Uint8Array): Uint8Array {
  let field = certsFields.get(signerCertDer);
  if (!field) {
    field = der.explicit(0, der.sequence(signerCertDer));
    certsFields.set(signerCertDer, field);
  }
  return field;
}

function singleResponse(spec: SingleResponseSpec): Uint8Array {
  return der.sequence(
    spec.certIdDer,
    certStatus(spec.status),
    der.generalizedTime(spec.thisUpdate),
    der.explicit(0, der.generalizedTime(spec.nextUpdate)),
  );
}

function certStatus(status: EncodedStatus): Uint8Array {
  if (status.status === "good") return GOOD;
  if (status.status === "unknown") return UNKNOWN;
  const time = der.generalizedTime(status.revokedAt);
  // revoked [1] IMPLICIT RevokedInfo ::= SEQUENCE { revocationTime, revocationReason [0] EXPLICIT CRLReason OPTIONAL }
  return status.reason === undefined
    ? der.tlv(0xa1, time)
    : der.tlv(0xa1, time, der.explicit(0, der.enumerated(status.reason)));
}
