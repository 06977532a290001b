import { describe, expect, it } from "vitest";
import { ocspSignerKeyUri } from "../../../core/pki/ocsp-signer.ts";

describe("where a new OCSP signer key is made (MM_OCSP_SIGNER_STORE)", () => {
  const serial = "4a1b2c3d4e5f60718293";

  it("token (the default): on the issuing key's token when that is a PKCS#11 key", () => {
    expect(ocspSignerKeyUri("pkcs11:token=ca-token;object=issuing", serial)).toBe(
      "pkcs11:token=ca-token;object=mm-ocsp-signer-4a1b2c3d4e5f",
    );
    expect(ocspSignerKeyUri("pkcs11:object=issuing;token=ca-token", serial, "token")).toBe(
      "pkcs11:token=ca-token;object=mm-ocsp-signer-4a1b2c3d4e5f",
    );
  });

  it("token with a software issuing key: the software store, as there is no token", () => {
    expect(ocspSignerKeyUri("softkey:issuing-ca", serial, "token")).toBe("softkey:ocsp-signer-4a1b2c3d4e5f");
  });

  it("software: the software store even when the issuing key is on a token", () => {
    expect(ocspSignerKeyUri("pkcs11:token=ca-token;object=issuing", serial, "software")).toBe(
      "softkey:ocsp-signer-4a1b2c3d4e5f",
    );
  });
});
