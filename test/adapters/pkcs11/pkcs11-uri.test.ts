import { describe, expect, it } from "vitest";
import { formatPkcs11Uri, parsePkcs11Uri } from "../../../adapters/pkcs11/index.ts";
import { ecdsaRawToDer } from "../../../adapters/pkcs11/signature.ts";
import { bareEcPoint } from "../../../adapters/pkcs11/spki.ts";

describe("RFC 7512 URIs", () => {
  it("reads token, object, id and type, percent-decoded", () => {
    expect(
      parsePkcs11Uri("pkcs11:token=Mali%20M%C3%BCh%C3%BCr;object=1234567890SIGN0;id=%01%a2;type=private"),
    ).toEqual({
      token: "Mali Mühür",
      object: "1234567890SIGN0",
      id: Buffer.from([0x01, 0xa2]),
      type: "private",
    });
  });

  it("ignores attributes it does not need and query attributes other than the PIN", () => {
    expect(
      parsePkcs11Uri("pkcs11:manufacturer=SoftHSM;token=t;serial=1;object=k?module-path=/tmp/x.so"),
    ).toEqual({
      token: "t",
      object: "k",
    });
  });

  it("refuses a PIN in the URI", () => {
    expect(() => parsePkcs11Uri("pkcs11:token=t;object=k?pin-value=123456")).toThrow(
      expect.objectContaining({ code: "pin_in_uri" }),
    );
    expect(() => parsePkcs11Uri("pkcs11:token=t;object=k;pin-value=1")).toThrow(
      expect.objectContaining({ code: "pin_in_uri" }),
    );
  });

  it.each([
    ["softkey:ca", "does not start"],
    ["pkcs11:object=k", "no token"],
    ["pkcs11:token=t", "no key"],
    ["pkcs11:token=t;object=k;object=j", "twice"],
    ["pkcs11:token=t;id=%zz", "percent"],
    ["pkcs11:token=t;object=%ff", "UTF-8"],
    ["pkcs11:token=t;object=k;type=secret", "object type"],
    ["pkcs11:token", "name=value"],
  ])("refuses %s with invalid_key_uri (%s)", (uri, why) => {
    expect(() => parsePkcs11Uri(uri)).toThrow(
      expect.objectContaining({ code: "invalid_key_uri", message: expect.stringContaining(why) }),
    );
  });

  it("formats a URI that parses back to the same parts", () => {
    const parts = { token: "Kart 1;x", object: "ü/ğ", id: Buffer.from([0, 255]), type: "private" };
    const uri = formatPkcs11Uri(parts);
    expect(uri).toBe("pkcs11:token=Kart%201%3bx;object=%c3%bc%2f%c4%9f;id=%00%ff;type=private");
    expect(parsePkcs11Uri(uri)).toEqual(parts);
  });
});

describe("encodings", () => {
  it("turns a raw r||s ECDSA signature into DER, adding a zero byte before a high bit and trimming zeros", () => {
    const r = Buffer.alloc(32, 0);
    r[31] = 0x05;
    const s = Buffer.alloc(32, 0xff);
    const der = Buffer.from(ecdsaRawToDer(Buffer.concat([r, s])));
    expect(der.toString("hex")).toBe(`3026020105022100${"ff".repeat(32)}`);
  });

  it("unwraps a CKA_EC_POINT given as an OCTET STRING, and keeps a bare point", () => {
    const point = Buffer.concat([Buffer.from([0x04]), Buffer.alloc(64, 7)]);
    expect(bareEcPoint(Buffer.concat([Buffer.from([0x04, 65]), point])).equals(point)).toBe(true);
    expect(bareEcPoint(point).equals(point)).toBe(true);
  });
});
