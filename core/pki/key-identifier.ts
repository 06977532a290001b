import { AsnConvert } from "@peculiar/asn1-schema";
import { SubjectPublicKeyInfo } from "@peculiar/asn1-x509";

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING (without tag, length, unused bits). */
export async function keyIdentifier(spki: Uint8Array): Promise<Uint8Array> {
  const info = AsnConvert.parse(spki, SubjectPublicKeyInfo);
  const digest = await globalThis.crypto.subtle.digest("SHA-1", new Uint8Array(info.subjectPublicKey));
  return new Uint8Array(digest);
}
