/**
 * A revocation already done, then a wish to have it back ("we revoked the wrong certificate, can
 * it be undone", "yanlış sertifikayı iptal etmişiz geri alınabilir mi"): the answer is R7.1 (it
 * cannot be undone), and the message must never start a new revocation.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a done revocation to be undone", () => {
  it.each([
    ["we revoked the wrong certificate, can it be undone", "en"],
    ["we had our seal revoked by mistake, can you restore it", "en"],
    ["yanlış sertifikayı iptal etmişiz geri alınabilir mi", "tr"],
    ["iptal edilen sertifika geri gelir mi", "tr"],
  ] as const)("%s → revoke_undo", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke_undo");
  });

  it("a done revocation and a new application is still applying (R7.4)", () => {
    expect(intentOf("kartı iptal ettirdik, tekrar başvuru yapacağız", "tr")).toBe("apply");
  });
});
