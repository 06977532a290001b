import { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName } from "@peculiar/asn1-x509";
import * as der from "./der.ts";

/** Attribute type OIDs used by the Kamu SM and QSeal profiles. */
export const nameOids = {
  commonName: "2.5.4.3",
  serialNumber: "2.5.4.5",
  country: "2.5.4.6",
  locality: "2.5.4.7",
  organization: "2.5.4.10",
  organizationalUnit: "2.5.4.11",
  organizationIdentifier: "2.5.4.97",
} as const;

/** One attribute of a name, in order. PrintableString for serialNumber and C, UTF8String otherwise. */
export interface NameAttribute {
  type: keyof typeof nameOids;
  value: string;
}

const printable = new Set<NameAttribute["type"]>(["serialNumber", "country"]);

/** Builds an X.501 Name, one attribute per RDN, in the given order. */
export function buildName(attributes: NameAttribute[]): Name {
  return new Name(
    attributes.map(
      (a) =>
        new RelativeDistinguishedName([
          new AttributeTypeAndValue({
            type: nameOids[a.type],
            value: new AttributeValue(
              printable.has(a.type) ? { printableString: a.value } : { utf8String: a.value },
            ),
          }),
        ]),
    ),
  );
}

const oidDer = Object.fromEntries(Object.entries(nameOids).map(([k, v]) => [k, der.oid(v)])) as Record<
  NameAttribute["type"],
  Uint8Array
>;
const utf8 = new TextEncoder();
const PRINTABLE_STRING = 0x13;
const UTF8_STRING = 0x0c;

/**
 * The DER of {@link buildName}'s Name, written directly: the issuance engine encodes a subject per
 * order, and going through asn1-schema objects cost more than the rest of the TBS (`pki.bench`).
 */
export function nameDerOf(attributes: NameAttribute[]): Uint8Array {
  return der.sequenceOf(
    attributes.map((a) =>
      der.tlv(
        der.tag.set,
        der.sequence(
          oidDer[a.type],
          der.tlv(printable.has(a.type) ? PRINTABLE_STRING : UTF8_STRING, utf8.encode(a.value)),
        ),
      ),
    ),
  );
}

/** Turkish upper case, as Kamu SM writes the unvan in the CN ("i" → "İ", "ı" → "I"). */
export function turkishUpperCase(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleUpperCase("tr");
}
