/**
 * Every URL the CA writes into a certificate is served by the running service (`npm start`'s
 * composition): the CRL distribution points, AIA caIssuers and OCSP, and the CPS qualifier of
 * certificatePolicies, read from an issued end-entity certificate and from the CA certificates
 * (issuing, root, OCSP signer). Before `/ilke` was served, the CPS URL of every certificate answered 404.
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import {
  AuthorityInfoAccessSyntax,
  Certificate,
  CertificatePolicies,
  CRLDistributionPoints,
} from "@peculiar/asn1-x509";
import { X509Certificate, X509Crl } from "@peculiar/x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { freePort } from "../../helpers/processes.ts";

/** One URL found in a certificate, with where it was found. */
interface NamedUrl {
  kind: "crl" | "caIssuers" | "ocsp" | "cps";
  url: string;
}

const crlDp = "2.5.29.31";
const aia = "1.3.6.1.5.5.7.1.1";
const policies = "2.5.29.32";
const idAdOcsp = "1.3.6.1.5.5.7.48.1";
const idAdCaIssuers = "1.3.6.1.5.5.7.48.2";
const idQtCps = "1.3.6.1.5.5.7.2.1";

/** The URLs of a certificate's CRL DP, AIA and certificatePolicies (CPS qualifiers). */
function urlsOf(der: Uint8Array): NamedUrl[] {
  const found: NamedUrl[] = [];
  for (const ext of AsnConvert.parse(der, Certificate).tbsCertificate.extensions ?? []) {
    const value = ext.extnValue.buffer;
    if (ext.extnID === crlDp)
      for (const point of AsnConvert.parse(value, CRLDistributionPoints))
        for (const name of point.distributionPoint?.fullName ?? [])
          if (name.uniformResourceIdentifier)
            found.push({ kind: "crl", url: name.uniformResourceIdentifier });
    if (ext.extnID === aia)
      for (const access of AsnConvert.parse(value, AuthorityInfoAccessSyntax)) {
        const url = access.accessLocation.uniformResourceIdentifier;
        if (url && access.accessMethod === idAdOcsp) found.push({ kind: "ocsp", url });
        if (url && access.accessMethod === idAdCaIssuers) found.push({ kind: "caIssuers", url });
      }
    if (ext.extnID === policies)
      for (const policy of AsnConvert.parse(value, CertificatePolicies))
        for (const qualifier of policy.policyQualifiers ?? [])
          if (qualifier.policyQualifierId === idQtCps)
            // an IA5String: tag, one length octet (short URLs), the characters
            found.push({ kind: "cps", url: Buffer.from(qualifier.qualifier).subarray(2).toString("latin1") });
  }
  // no URL hides elsewhere in the certificate (a SAN, a user notice …)
  const inDer = Buffer.from(der).toString("latin1").split("http").length - 1;
  expect(inDer, "every http URL in the DER is one of those parsed").toBe(found.length);
  return found;
}

let dir: string;
let service: Service;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mm-urls-served-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = readEnvironment({
    MM_DATA_DIR: join(dir, "data"),
    PORT: String(port),
    HOST: "127.0.0.1",
    MM_PUBLIC_URL: base,
    LOG_LEVEL: "silent",
    DATABASE_URL: "",
  });
  service = await composeService(env, createLogger({ level: "silent" }));
}, 120_000);
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("every URL written into certificates is served by npm start", () => {
  it("answers each URL of an issued certificate and of the CA certificates with 200 and the right content", async () => {
    const { signing, encryption } = await service.pki.engine.issueForOrder({
      orderId: "MM-URLS",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-urls",
      actor: "test",
    });
    const ca = async (role: "root" | "issuing" | "ocsp") => (await service.pki.repository.activeCa(role))!;
    const [root, issuing, signer] = [await ca("root"), await ca("issuing"), await ca("ocsp")];
    const certificate = async (serial: string) => (await service.pki.repository.bySerial(serial))!.certDer!;
    // each certificate with the certificate of its issuer
    const subjects: { name: string; der: Uint8Array; issuer: Uint8Array }[] = [
      { name: "signing", der: await certificate(signing.serial), issuer: issuing.certDer },
      { name: "encryption", der: await certificate(encryption.serial), issuer: issuing.certDer },
      { name: "issuing CA", der: issuing.certDer, issuer: root.certDer },
      { name: "root CA", der: root.certDer, issuer: root.certDer },
      { name: "OCSP signer", der: signer.certDer, issuer: issuing.certDer },
    ];
    const checked: string[] = [];
    for (const subject of subjects) {
      const cert = new X509Certificate(subject.der);
      const issuer = new X509Certificate(subject.issuer);
      for (const { kind, url } of urlsOf(subject.der)) {
        const where = `${kind} ${url} of the ${subject.name} certificate`;
        expect(url.startsWith(`${base}/`), where).toBe(true);
        const res =
          kind === "ocsp"
            ? await fetch(url, {
                method: "POST",
                headers: { "content-type": "application/ocsp-request" },
                body: ocspRequest(subject.issuer, [cert.serialNumber]),
              })
            : await fetch(url);
        expect(res.status, where).toBe(200);
        const body = new Uint8Array(await res.arrayBuffer());
        const type = res.headers.get("content-type") ?? "";
        if (kind === "crl") {
          expect(type, where).toBe("application/pkix-crl");
          const crl = new X509Crl(body);
          expect(crl.issuer, where).toBe(issuer.subject);
          expect(await crl.verify({ publicKey: issuer }), `${where}: signed by the issuer`).toBe(true);
        } else if (kind === "caIssuers") {
          expect(type, where).toBe("application/pkix-cert");
          const served = new X509Certificate(body);
          expect(served.subject, where).toBe(cert.issuer);
          expect(await cert.verify({ publicKey: served, signatureOnly: true }), where).toBe(true);
        } else if (kind === "ocsp") {
          expect(type, where).toBe("application/ocsp-response");
          const answer = AsnConvert.parse(body, OCSPResponse);
          expect(answer.responseStatus, where).toBe(OCSPResponseStatus.successful);
        } else {
          expect(type, where).toMatch(/^text\/html; charset=utf-8$/i);
          const page = new TextDecoder().decode(body);
          // the policy OID, where the CRL and OCSP are, and that this is not Kamu SM's CPS, in both languages
          expect(page, where).toContain("2.16.792.1.2.1.1.5.7.4.1");
          for (const named of [`${base}/crl/issuing.crl`, `${base}/ocsp`, `${base}/ca/root.crt`])
            expect(page, where).toContain(`href="${named}"`);
          expect(page, where).toMatch(/<html lang="tr">[\s\S]*<section lang="en">/);
          expect(page, where).toContain("Kamu SM&#39;nin CA&#39;sı değildir");
          expect(page, where).toContain("not Kamu SM&#39;s");
        }
        checked.push(`${subject.name}: ${kind}`);
      }
    }
    // the end-entity certificates name all four kinds
    for (const name of ["signing", "encryption"])
      for (const kind of ["crl", "caIssuers", "ocsp", "cps"])
        expect(checked, `${name} names a ${kind} URL`).toContain(`${name}: ${kind}`);
  }, 60_000);
});
