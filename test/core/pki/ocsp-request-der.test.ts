import { randomBytes } from "node:crypto";
import { OCSPRequest } from "@peculiar/asn1-ocsp";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { Extension, GeneralName } from "@peculiar/asn1-x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspectOcspRequest, MAX_DER_DEPTH } from "../../../core/pki/ocsp-request-der.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createTestCa, type TestCa } from "../../helpers/test-ca.ts";

let ca: TestCa;
beforeAll(async () => {
  ca = await createTestCa();
});
afterAll(() => ca.dispose());

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
/** One DER element (definite length) around `content`. */
function tlv(tag: number, content: ArrayLike<number>): number[] {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return [tag, ...length, ...Array.from(content)];
}
/** The request with its outer SEQUENCE re-encoded with another length form. */
function relength(der: Uint8Array, lengthOctets: number[], trailer: number[] = []): Uint8Array {
  const headerSize = der[1]! < 0x80 ? 2 : 2 + (der[1]! & 0x7f);
  return Uint8Array.from([0x30, ...lengthOctets, ...der.subarray(headerSize), ...trailer]);
}

describe("strict DER reading of OCSP requests", () => {
  it("yields each CertID's fields and the nonce as asn1-schema reads them (the responder's hot path)", () => {
    const der = ocspRequest(ca.issuing, ["0a1b", "7f"], true);
    const inspected = inspectOcspRequest(der)!;
    const parsed = AsnConvert.parse(der, OCSPRequest).tbsRequest;
    expect(inspected.fields).toHaveLength(2);
    parsed.requestList.forEach(({ reqCert }, i) => {
      const fields = inspected.fields[i]!;
      expect(hex(fields.hashOid)).toBe("2b0e03021a"); // 1.3.14.3.2.26, SHA-1
      expect(hex(fields.issuerNameHash)).toBe(hex(new Uint8Array(reqCert.issuerNameHash.buffer)));
      expect(hex(fields.issuerKeyHash)).toBe(hex(new Uint8Array(reqCert.issuerKeyHash.buffer)));
      expect(hex(fields.serial)).toBe(hex(new Uint8Array(reqCert.serialNumber)));
      expect(hex(inspected.certIds[i]!)).toBe(hex(new Uint8Array(AsnConvert.serialize(reqCert))));
    });
    const extension = parsed.requestExtensions![0]!;
    expect(hex(inspected.nonce!.extnValue)).toBe(hex(new Uint8Array(extension.extnValue.buffer)));
    expect(inspected.nonce!.nonceLength).toBe(16);
    expect(inspectOcspRequest(ocspRequest(ca.issuing, ["01"]))!.nonce).toBeUndefined();
  });

  it("refuses a request with an extension it does not know marked critical, in the request or one of its entries (RFC 6960 §4.1.2)", () => {
    const extension = (critical: boolean) =>
      new Extension({
        extnID: "1.2.3.4.5",
        critical,
        extnValue: new OctetString(new Uint8Array([0x05, 0x00])),
      });
    const withRequestExtension = (critical: boolean) => {
      const request = AsnConvert.parse(ocspRequest(ca.issuing, ["0a1b"], true), OCSPRequest);
      request.tbsRequest.requestExtensions!.push(extension(critical));
      return new Uint8Array(AsnConvert.serialize(request));
    };
    // asn1-ocsp writes singleRequestExtensions without its [0] tag: built by hand here
    const withEntryExtension = (critical: boolean) => {
      const request = AsnConvert.parse(ocspRequest(ca.issuing, ["0a1b"]), OCSPRequest);
      const certId = new Uint8Array(AsnConvert.serialize(request.tbsRequest.requestList[0]!.reqCert));
      const flag = critical ? [tlv(0x01, [0xff])] : [];
      const ext = tlv(0x30, [
        ...tlv(0x06, [0x2a, 0x03, 0x04, 0x05]),
        ...flag.flat(),
        ...tlv(0x04, [0x05, 0x00]),
      ]);
      const entry = tlv(0x30, [...certId, ...tlv(0xa0, tlv(0x30, ext))]);
      return Uint8Array.from(tlv(0x30, tlv(0x30, tlv(0x30, entry))));
    };
    expect(inspectOcspRequest(withRequestExtension(true))).toBeUndefined();
    expect(inspectOcspRequest(withEntryExtension(true))).toBeUndefined();
    // not critical: ignored, and the nonce is still read
    expect(inspectOcspRequest(withRequestExtension(false))?.nonce?.nonceLength).toBe(16);
    expect(inspectOcspRequest(withEntryExtension(false))?.certIds).toHaveLength(1);
  });

  it("accepts what openssl sends, with its CertIDs and the nonce flag", () => {
    const plain = inspectOcspRequest(ocspRequest(ca.issuing, ["0a1b", "7f"]));
    expect(plain?.certIds.length).toBe(2);
    expect(plain?.hasNonce).toBe(false);
    expect(inspectOcspRequest(ocspRequest(ca.issuing, ["0a1b"], true))?.hasNonce).toBe(true);
    // a 20-octet serial is the longest allowed
    expect(inspectOcspRequest(ocspRequest(ca.issuing, ["7f".repeat(20)]))).toBeDefined();
  });

  it("refuses serials over 20 octets, trailing bytes, BER indefinite and non-minimal lengths", () => {
    const good = ocspRequest(ca.issuing, ["0a1b"]);
    const contentLength = good.length - (good[1]! < 0x80 ? 2 : 2 + (good[1]! & 0x7f));
    expect(inspectOcspRequest(ocspRequest(ca.issuing, ["7f".repeat(21)]))).toBeUndefined();
    expect(inspectOcspRequest(Uint8Array.from([...good, 0x00]))).toBeUndefined();
    expect(inspectOcspRequest(Uint8Array.from([...good, ...good]))).toBeUndefined();
    expect(inspectOcspRequest(relength(good, [0x80], [0x00, 0x00]))).toBeUndefined();
    // the same length written with a leading zero octet, or in long form below 128
    expect(
      inspectOcspRequest(relength(good, [0x83, 0x00, contentLength >> 8, contentLength & 0xff])),
    ).toBeUndefined();
    const small = Uint8Array.of(0x30, 0x81, 0x05, 0x30, 0x03, 0x30, 0x01, 0x00);
    expect(inspectOcspRequest(small)).toBeUndefined();
    // sanity: the relength helper itself keeps a well-formed request well-formed
    expect(
      hex(relength(good, good[1]! < 0x80 ? [good[1]!] : [...good.subarray(1, 2 + (good[1]! & 0x7f))])),
    ).toBe(hex(good));
  });

  it("refuses non-minimal INTEGERs, constructed strings, high tags, deep nesting and huge lengths", () => {
    const good = ocspRequest(ca.issuing, ["0a1b"]);
    const at = hex(good).indexOf("02020a1b") / 2;
    const padded = Uint8Array.from([...good]);
    padded.set([0x02, 0x02, 0x00, 0x0a], at); // 00 0a: not minimal (was 0a 1b, same length)
    expect(inspectOcspRequest(padded)).toBeUndefined();
    const constructed = Uint8Array.from(good);
    constructed[hex(good).indexOf("0414") / 2] = 0x24;
    expect(inspectOcspRequest(constructed)).toBeUndefined();
    let deep: Uint8Array = Uint8Array.of(0x05, 0x00);
    for (let i = 0; i < MAX_DER_DEPTH + 2; i++) deep = Uint8Array.from([0x30, deep.length, ...deep]);
    expect(inspectOcspRequest(deep)).toBeUndefined();
    expect(inspectOcspRequest(Uint8Array.of(0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x00))).toBeUndefined();
    expect(inspectOcspRequest(Uint8Array.of(0x3f, 0x01, 0x00))).toBeUndefined();
    expect(inspectOcspRequest(new Uint8Array(0))).toBeUndefined();
    expect(inspectOcspRequest(Uint8Array.of(0x30))).toBeUndefined();
  });

  it("never throws on mutated real requests (structure-aware fuzzing, fixed seed)", () => {
    let seed = 0x5eed;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const base = [ocspRequest(ca.issuing, ["0a1b"]), ocspRequest(ca.issuing, ["01", "02"], true)];
    let accepted = 0;
    for (let i = 0; i < 5_000; i++) {
      const der = Uint8Array.from(base[i % 2]!);
      const flips = 1 + Math.floor(random() * 3);
      for (let k = 0; k < flips; k++) der[Math.floor(random() * der.length)] = Math.floor(random() * 256);
      const cut = random() < 0.2 ? der.subarray(0, Math.floor(random() * der.length)) : der;
      // never throws; what it accepts is still parsed (and may be refused) by the responder
      const result = inspectOcspRequest(cut);
      if (result) {
        accepted += 1;
        for (const id of result.certIds) expect(id[0]).toBe(0x30);
      }
    }
    console.log(`ocsp DER fuzz: 5000 inputs, ${accepted} accepted, 0 crashes`);
  });

  it("gives the same CertIDs whatever else the request carries (the key of kept answers)", () => {
    const plain = ocspRequest(ca.issuing, ["0a1b"]);
    const parsed = AsnConvert.parse(plain, OCSPRequest);
    parsed.tbsRequest.requestorName = new GeneralName({ dNSName: `x${hex(randomBytes(4))}.example` });
    const named = new Uint8Array(AsnConvert.serialize(parsed));
    expect(hex(named)).not.toBe(hex(plain));
    expect(inspectOcspRequest(named)?.certIds.map(hex)).toEqual(inspectOcspRequest(plain)?.certIds.map(hex));
  });
});
