/** Builds OCSP requests (RFC 6960) for tests and benches, as `openssl ocsp -reqout` would. */
import { createHash, randomBytes } from "node:crypto";
import { CertID, id_pkix_ocsp_nonce, OCSPRequest, Request, TBSRequest } from "@peculiar/asn1-ocsp";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier, Certificate, Extension } from "@peculiar/asn1-x509";

/**
 * A DER OCSP request for `serials` (hex) issued by `issuerDer`, CertID hashed with SHA-1 (openssl's
 * default); with a random 16-octet nonce when `nonce` is true.
 */
export function ocspRequest(issuerDer: Uint8Array, serials: string[], nonce = false): Uint8Array {
  const tbs = AsnConvert.parse(issuerDer, Certificate).tbsCertificate;
  const sha1 = (data: ArrayBuffer | Uint8Array) =>
    new OctetString(createHash("sha1").update(new Uint8Array(data)).digest());
  const nameHash = sha1(AsnConvert.serialize(tbs.subject));
  const keyHash = sha1(tbs.subjectPublicKeyInfo.subjectPublicKey);
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: serials.map(
        (serial) =>
          new Request({
            reqCert: new CertID({
              hashAlgorithm: new AlgorithmIdentifier({
                algorithm: "1.3.14.3.2.26",
                parameters: new Uint8Array([5, 0]).buffer,
              }),
              issuerNameHash: nameHash,
              issuerKeyHash: keyHash,
              serialNumber: new Uint8Array(Buffer.from(serial.length % 2 ? `0${serial}` : serial, "hex"))
                .buffer,
            }),
          }),
      ),
      requestExtensions: nonce
        ? [
            new Extension({
              extnID: id_pkix_ocsp_nonce,
              extnValue: new OctetString(AsnConvert.serialize(new OctetString(randomBytes(16)))),
            }),
          ]
        : undefined,
    }),
  });
  return new Uint8Array(AsnConvert.serialize(request));
}
