import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BasicOCSPResponse,
  CertID,
  CertStatus,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
  OCSPResponse,
  OCSPResponseStatus,
  ResponderID,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
} from "@peculiar/asn1-ocsp";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier, Certificate, CRLReason, Extension } from "@peculiar/asn1-x509";
import { describe, expect, it } from "vitest";
import {
  signatureAlgorithmDer,
  signatureAlgorithmIdentifier,
} from "../../../core/pki/certificate-builder.ts";
import {
  type EncodedStatus,
  encodeResponseData,
  encodeStatusOnly,
  encodeSuccessfulResponse,
} from "../../../core/pki/ocsp-response-encoder.ts";
import { kamusmFixturesDir } from "../../helpers/shared-fixtures.ts";

const certId = new CertID({
  hashAlgorithm: new AlgorithmIdentifier({
    algorithm: "1.3.14.3.2.26",
    parameters: Uint8Array.of(5, 0).buffer,
  }),
  issuerNameHash: new OctetString(randomBytes(20)),
  issuerKeyHash: new OctetString(randomBytes(20)),
  serialNumber: Uint8Array.of(0x00, 0x9a, 0x41, 0x07, 0xee, 0x12, 0x55, 0x30, 0x01).buffer,
});
const keyHash = new Uint8Array(randomBytes(20));
const produced = new Date("2026-11-25T09:30:12Z");
const next = new Date("2026-11-25T10:30:12Z");

/** The same ResponseData through @peculiar/asn1-ocsp. */
function reference(status: EncodedStatus, nonce?: Uint8Array): Uint8Array {
  const certStatus =
    status.status === "good"
      ? new CertStatus({ good: null })
      : status.status === "unknown"
        ? new CertStatus({ unknown: null })
        : new CertStatus({
            revoked: new RevokedInfo({
              revocationTime: status.revokedAt,
              revocationReason: status.reason === undefined ? undefined : new CRLReason(status.reason),
            }),
          });
  const data = new ResponseData({
    responderID: new ResponderID({ byKey: new OctetString(keyHash) }),
    producedAt: produced,
    responses: [new SingleResponse({ certID: certId, certStatus, thisUpdate: produced, nextUpdate: next })],
    responseExtensions: nonce
      ? [new Extension({ extnID: id_pkix_ocsp_nonce, extnValue: new OctetString(nonce) })]
      : undefined,
  });
  return new Uint8Array(AsnConvert.serialize(data));
}

function ours(status: EncodedStatus, nonce?: Uint8Array): Uint8Array {
  return encodeResponseData({
    responderKeyHash: keyHash,
    producedAt: produced,
    responses: [
      {
        certIdDer: new Uint8Array(AsnConvert.serialize(certId)),
        status,
        thisUpdate: produced,
        nextUpdate: next,
      },
    ],
    ...(nonce ? { nonceExtnValue: nonce } : {}),
  });
}

describe("OCSP response encoder", () => {
  const revokedAt = new Date("2026-11-24T17:45:03Z");
  it.each<[string, EncodedStatus]>([
    ["good", { status: "good" }],
    ["unknown", { status: "unknown" }],
    ["revoked with a reason", { status: "revoked", revokedAt, reason: 1 }],
    ["revoked without a reason", { status: "revoked", revokedAt }],
  ])("encodes ResponseData for %s exactly as asn1-schema does", (_name, status) => {
    expect(Buffer.from(ours(status)).toString("hex")).toBe(Buffer.from(reference(status)).toString("hex"));
  });

  it("echoes a nonce extension byte for byte", () => {
    const nonce = new Uint8Array(AsnConvert.serialize(new OctetString(randomBytes(16))));
    const encoded = ours({ status: "good" }, nonce);
    expect(Buffer.from(encoded).toString("hex")).toBe(
      Buffer.from(reference({ status: "good" }, nonce)).toString("hex"),
    );
  });

  it("wraps a signed ResponseData as asn1-schema's OCSPResponse/BasicOCSPResponse would", () => {
    const signerCert = new Uint8Array(
      readFileSync(join(kamusmFixturesDir(), "mali-muhur-surum1-deneme.der")),
    );
    const tbs = ours({ status: "good" });
    const signature = new Uint8Array(randomBytes(256));
    const expected = new OCSPResponse({
      responseStatus: OCSPResponseStatus.successful,
      responseBytes: new ResponseBytes({
        responseType: id_pkix_ocsp_basic,
        response: new OctetString(
          AsnConvert.serialize(
            new BasicOCSPResponse({
              tbsResponseData: AsnConvert.parse(tbs, ResponseData),
              signatureAlgorithm: signatureAlgorithmIdentifier("RSA-SHA256"),
              signature: signature.slice().buffer,
              certs: [AsnConvert.parse(signerCert, Certificate)],
            }),
          ),
        ),
      }),
    });
    const encoded = encodeSuccessfulResponse({
      responseDataDer: tbs,
      signatureAlgorithmDer: signatureAlgorithmDer("RSA-SHA256"),
      signature,
      signerCertDer: signerCert,
    });
    expect(Buffer.from(encoded).toString("hex")).toBe(
      Buffer.from(AsnConvert.serialize(expected)).toString("hex"),
    );
  });

  it("encodes a status-only answer (malformedRequest, internalError)", () => {
    expect([...encodeStatusOnly(OCSPResponseStatus.malformedRequest)]).toEqual([
      0x30, 0x03, 0x0a, 0x01, 0x01,
    ]);
    expect([...encodeStatusOnly(OCSPResponseStatus.internalError)]).toEqual([0x30, 0x03, 0x0a, 0x01, 0x02]);
  });
});
