import { generateKeyPairSync } from "node:crypto";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import {
  Certificate,
  Extension,
  Extensions,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Time,
  Validity,
  Version,
} from "@peculiar/asn1-x509";
import { describe, expect, it } from "vitest";
import {
  assembleCertificate,
  encodeTbsCertificate,
  signatureAlgorithmIdentifier,
} from "../../../core/pki/certificate-builder.ts";
import * as der from "../../../core/pki/der.ts";
import { buildName } from "../../../core/pki/distinguished-name.ts";
import { subscriberExtensions } from "../../../core/pki/kamusm-profile.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";

const hex = (b: Uint8Array | ArrayBuffer) =>
  Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b).toString("hex");

describe("direct DER writer", () => {
  it("writes lengths, integers, OIDs and times as asn1-schema does", () => {
    expect(hex(der.derLength(5))).toBe("05");
    expect(hex(der.derLength(200))).toBe("81c8");
    expect(hex(der.derLength(70000))).toBe("83011170");
    expect(hex(der.smallInteger(0))).toBe("020100");
    expect(hex(der.smallInteger(128))).toBe("02020080");
    expect(hex(der.oid("2.16.792.1.2.1.1.5.7.50.1"))).toBe("060b6086180102010105073201");
    for (const iso of ["2026-11-20T07:00:00Z", "2049-12-31T23:59:59Z", "2050-01-01T00:00:00Z"]) {
      expect(hex(der.time(new Date(iso)))).toBe(hex(AsnConvert.serialize(new Time(new Date(iso)))));
    }
    // a TLV's header at every length boundary, and its contents in order
    for (const size of [0, 1, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x1000000]) {
      const half = Math.floor(size / 2);
      const encoded = der.tlv(0x04, new Uint8Array(half).fill(1), new Uint8Array(size - half).fill(2));
      const header = der.readHeader(encoded);
      expect([header.tag, header.length, header.start]).toEqual([0x04, size, 1 + der.derLength(size).length]);
      expect(hex(encoded.subarray(0, header.start))).toBe(`04${hex(der.derLength(size))}`);
      const body = encoded.subarray(header.start);
      expect([body.length, body.indexOf(2), body.lastIndexOf(1)]).toEqual([size, size ? half : -1, half - 1]);
      expect(hex(der.sequenceOf([encoded]).subarray(der.readHeader(der.sequenceOf([encoded])).start))).toBe(
        hex(encoded),
      );
    }
    expect(() => der.readHeader(Uint8Array.of(0x30, 0x85, 1, 1, 1, 1, 1))).toThrow(RangeError);
    expect(() => der.readHeader(Uint8Array.of(0x30, 0x05, 1))).toThrow(RangeError);
  });

  it("encodes a subscriber TBS and certificate byte for byte like the asn1-x509 object tree", () => {
    const spki = new Uint8Array(
      generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "der" }),
    );
    const issuer = buildName([
      { type: "commonName", value: "Mali Mühür Test Ara" },
      { type: "country", value: "TR" },
    ]);
    const subject = buildName([
      { type: "serialNumber", value: "3230512384" },
      { type: "commonName", value: "ÖRNEK A.Ş." },
    ]);
    const extensions = subscriberExtensions("sign", defaultProfileConfig("http://127.0.0.1:3000"), {
      subjectKeyId: new Uint8Array(20).fill(1),
      authorityKeyId: new Uint8Array(20).fill(2),
    });
    const spec = {
      serialHex: "5f0a1b2c3d4e5f60718293a4b5c6d7e8",
      issuer,
      subject,
      notBefore: new Date("2026-11-20T07:00:00.700Z"),
      notAfter: new Date("2029-11-20T07:00:00Z"),
      subjectPublicKeyInfo: spki,
      signatureAlgorithm: "RSA-SHA256" as const,
      extensions,
    };
    const reference = new TBSCertificate({
      version: Version.v3,
      serialNumber: Uint8Array.from(Buffer.from(spec.serialHex, "hex")).buffer,
      signature: signatureAlgorithmIdentifier("RSA-SHA256"),
      issuer,
      validity: new Validity({
        notBefore: new Date("2026-11-20T07:00:00Z"),
        notAfter: spec.notAfter,
      }),
      subject,
      subjectPublicKeyInfo: AsnConvert.parse(spki, SubjectPublicKeyInfo),
      extensions: new Extensions(
        extensions.map(
          (e) =>
            new Extension({
              extnID: e.oid,
              critical: e.critical,
              extnValue: new OctetString(e.raw ? e.raw.slice().buffer : AsnConvert.serialize(e.value)),
            }),
        ),
      ),
    });
    const tbs = encodeTbsCertificate(spec);
    expect(hex(tbs)).toBe(hex(AsnConvert.serialize(reference)));
    // the issuer may also be given as DER
    expect(hex(encodeTbsCertificate({ ...spec, issuer: new Uint8Array(AsnConvert.serialize(issuer)) }))).toBe(
      hex(tbs),
    );
    const signature = new Uint8Array(256).fill(9);
    const certificate = new Certificate({
      tbsCertificate: reference,
      signatureAlgorithm: signatureAlgorithmIdentifier("RSA-SHA256"),
      signatureValue: signature.slice().buffer,
    });
    expect(hex(assembleCertificate(tbs, "RSA-SHA256", signature))).toBe(
      hex(AsnConvert.serialize(certificate)),
    );
  });
});
