import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { lowerSigningThreads } from "../../../adapters/pki/signing-threads.ts";

const logger = createLogger({ level: "silent" });

describe("lowerSigningThreads", () => {
  it("lowers the pool when the CA key signs there (PKCS#11) or the OCSP signer key does (software store)", async () => {
    expect(
      await lowerSigningThreads(
        { caKeyUri: "pkcs11:token=ca;object=issuing", ocspSignerStore: "token" },
        5,
        logger,
      ),
    ).toBe(true);
    // the software CA key, but OCSP answers signed with node:crypto on the pool: lowered (left alone before)
    expect(
      await lowerSigningThreads({ caKeyUri: "softkey:issuing", ocspSignerStore: "software" }, 5, logger),
    ).toBe(true);
  });

  it("leaves the pool alone with nothing signing there, or nice 0", async () => {
    expect(
      await lowerSigningThreads({ caKeyUri: "softkey:issuing", ocspSignerStore: "token" }, 5, logger),
    ).toBe(false);
    expect(await lowerSigningThreads({ caKeyUri: undefined, ocspSignerStore: undefined }, 5, logger)).toBe(
      false,
    );
    expect(
      await lowerSigningThreads(
        { caKeyUri: "pkcs11:token=ca;object=issuing", ocspSignerStore: "software" },
        0,
        logger,
      ),
    ).toBe(false);
  });
});
