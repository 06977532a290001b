import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AuthorityKeyIdentifier, CRLNumber, Extension, Extensions, KeyIdentifier } from "@peculiar/asn1-x509";
import type { KeyManager } from "../ports/key-manager.ts";
import { wholeSeconds } from "./certificate-builder.ts";
import * as der from "./der.ts";
import type { Issuer } from "./issuer.ts";

/** One revoked certificate on a CRL. */
export interface CrlEntry {
  serial: string;
  revokedAt: Date;
  /** RFC 5280 CRLReason code; 0 (unspecified) is written without the entry extension, as RFC 5280 advises. */
  reason: number;
}

/** What a CRL says and who signs it. */
export interface CrlSpec {
  /** The issuing CA: its name becomes the CRL issuer, its key id the AKI; its key and algorithm sign. */
  issuer: Issuer;
  number: number;
  thisUpdate: Date;
  nextUpdate: Date;
  entries: CrlEntry[];
}

const idCeCrlNumber = "2.5.29.20";
const idCeAuthorityKeyIdentifier = "2.5.29.35";
const idCeCrlReasons = "2.5.29.21";

const reasonExtensions = new Map<number, Uint8Array>();

/** The crlEntryExtensions of a reason code (one CRLReason extension), built once per code. */
function reasonExtensionsDer(reason: number): Uint8Array {
  let encoded = reasonExtensions.get(reason);
  if (!encoded) {
    encoded = der.sequence(der.sequence(der.oid(idCeCrlReasons), der.octetString(der.enumerated(reason))));
    reasonExtensions.set(reason, encoded);
  }
  return encoded;
}

/**
 * The revokedCertificates entries, written as DER directly: asn1-schema objects per entry cost
 * about 50 µs each, too much for CRLs of 100 000 entries.
 */
function revokedEntriesDer(entries: CrlEntry[]): Uint8Array[] {
  const times = new Map<number, Uint8Array>();
  return entries.map((e) => {
    const second = Math.floor(e.revokedAt.getTime() / 1000);
    let revocationDate = times.get(second);
    if (!revocationDate) {
      revocationDate = der.time(new Date(second * 1000));
      times.set(second, revocationDate);
    }
    return e.reason === 0
      ? der.sequence(der.hexInteger(e.serial), revocationDate)
      : der.sequence(der.hexInteger(e.serial), revocationDate, reasonExtensionsDer(e.reason));
  });
}

/** Builds and signs a v2 CRL with CRLNumber, AKI and nextUpdate, one entry per revoked certificate. */
export async function buildCrl(keys: KeyManager, spec: CrlSpec): Promise<Uint8Array> {
  const issuer = spec.issuer;
  const crlExtensions = [
    new Extension({
      extnID: idCeAuthorityKeyIdentifier,
      critical: false,
      extnValue: new OctetString(
        AsnConvert.serialize(
          new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(issuer.keyId.slice().buffer) }),
        ),
      ),
    }),
    new Extension({
      extnID: idCeCrlNumber,
      critical: false,
      extnValue: new OctetString(AsnConvert.serialize(new CRLNumber(spec.number))),
    }),
  ];
  const tbsDer = der.sequence(
    der.smallInteger(1), // v2
    issuer.signatureAlgorithmDer,
    issuer.nameDer,
    der.time(wholeSeconds(spec.thisUpdate)),
    der.time(wholeSeconds(spec.nextUpdate)),
    ...(spec.entries.length ? [der.sequenceOf(revokedEntriesDer(spec.entries))] : []),
    der.explicit(0, new Uint8Array(AsnConvert.serialize(new Extensions(crlExtensions)))),
  );
  const signature = await keys.sign({
    uri: issuer.keyUri,
    algorithm: issuer.signatureAlgorithm,
    data: tbsDer,
  });
  return der.sequence(tbsDer, issuer.signatureAlgorithmDer, der.bitString(signature));
}
