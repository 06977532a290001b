import { describe, expect, it } from "vitest";
import { maskEmail, maskIdNumber, maskPersonalData, maskPhone } from "../../../core/privacy/mask.ts";

describe("masking", () => {
  it("masks each kind of personal data", () => {
    expect(maskIdNumber("4540536920")).toBe("45******20");
    expect(maskIdNumber("10000000146")).toBe("10*******46");
    expect(maskPhone("+905321234567")).toBe("+90 5** *** ** 67");
    expect(maskEmail("bilgi@ornek.com.tr")).toBe("b***@ornek.com.tr");
  });

  it("is idempotent and leaves other text alone", () => {
    const text = "VKN 4540536920, tel 05321234567, e-posta a.b@c.com; serial 0a1b2c, port 3000";
    const once = maskPersonalData(text);
    expect(maskPersonalData(once)).toBe(once);
    expect(once).toContain("serial 0a1b2c, port 3000");
    expect(once).not.toMatch(/4540536920|5321234567|a\.b@c\.com/);
  });
});
