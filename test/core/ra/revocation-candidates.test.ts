import { describe, expect, it } from "vitest";
import type { CertificateStatus, CertificateView } from "../../../core/ports/certificate-authority.ts";
import { isRevocable, revocationCandidates } from "../../../core/ra/revocation-candidates.ts";

function cert(serial: string, status: CertificateStatus, kind: "sign" | "encr" = "sign"): CertificateView {
  const at = new Date("2026-11-25T07:00:00Z");
  return {
    serial,
    vkn: "3230512384",
    subjectCn: "X",
    kind,
    profile: "kamusm",
    notBefore: at,
    notAfter: at,
    status,
  };
}

describe("revocation candidates (R7, D5)", () => {
  it("only certificates in force may be revoked: neither revoked nor expired", () => {
    expect(isRevocable({ status: "valid" })).toBe(true);
    expect(isRevocable({ status: "not_yet_valid" })).toBe(true);
    expect(isRevocable({ status: "expired" })).toBe(false);
    expect(isRevocable({ status: "revoked" })).toBe(false);
  });

  it("one valid and one expired signing certificate: one candidate, the valid one", () => {
    const all = [
      cert("aa", "valid"),
      cert("ab", "valid", "encr"),
      cert("bb", "expired"),
      cert("bc", "expired", "encr"),
    ];
    expect(revocationCandidates(all).map((c) => c.serial)).toEqual(["aa"]);
  });

  it("only expired or revoked certificates: no candidate at all", () => {
    expect(
      revocationCandidates([cert("bb", "expired"), cert("cc", "revoked"), cert("cd", "expired", "encr")]),
    ).toEqual([]);
  });
});
