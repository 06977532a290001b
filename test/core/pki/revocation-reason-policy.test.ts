import { describe, expect, it } from "vitest";
import { revocationReasons } from "../../../core/ports/certificate-authority.ts";
import {
  allowedRevocationReasons,
  isAllowedRevocationReason,
  refusedRevocationReason,
} from "../../../core/ports/revocation-reason-policy.ts";
import { refusedReasonNames } from "../../helpers/refused-revocation-reasons.ts";

describe("revocation reason policy", () => {
  it("allows the irreversible RFC 5280 reasons only", () => {
    expect(allowedRevocationReasons).toEqual([
      "unspecified",
      "keyCompromise",
      "cACompromise",
      "affiliationChanged",
      "superseded",
      "cessationOfOperation",
      "privilegeWithdrawn",
    ]);
    for (const reason of allowedRevocationReasons) {
      expect(isAllowedRevocationReason(reason)).toBe(true);
      expect(Object.hasOwn(revocationReasons, reason)).toBe(true);
    }
  });

  it.each(refusedReasonNames)("refuses %j", (name) => {
    expect(isAllowedRevocationReason(name)).toBe(false);
    const message = refusedRevocationReason(name);
    expect(message).toContain("is not allowed");
    expect(message).toContain("Allowed reasons: unspecified, keyCompromise,");
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 1, {}, ["keyCompromise"]])
      expect(isAllowedRevocationReason(value)).toBe(false);
  });

  it("says why a hold is refused", () => {
    expect(refusedRevocationReason("certificateHold")).toContain("irreversible");
  });
});
