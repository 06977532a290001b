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

/** A successful OCSPResponse around a signed BasicOCSPResponse that carries the signer's certificate. */
export function encodeSuccessfulResponse(spec: {
  responseDataDer: Uint8Array;
  signatureAlgorithmDer: Uint8Array;
  signature: Uint8Array;
  signerCertDer: Uint8Array;
}): Uint8Array {
  const basic = der.sequence(
    spec.responseDataDer,
    spec.signatureAlgorithmDer,
    der.bitString(spec.signature),
    der.explicit(0, der.sequence(spec.signerCertDer)),
  );
  return der.sequence(
    der.enumerated(0),
    der.explicit(0, der.sequence(ID_PKIX_OCSP_BASIC, der.octetString(basic))),
  );
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
