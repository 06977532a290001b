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

  it("leaves the service's own ids (UUIDs) whole, so log lines still name their files and records", () => {
    const ids = [
      "01a2287d-4a73-7107-8145-bd47b8173722",
      "01a2287d-4a79-743a-9578-dd5321234527".replace("dd5321234527", "dd5321a34527"),
      "0193b2c1-0000-7000-8000-123412341234".toUpperCase(),
    ];
    for (const id of ids) {
      const line = `notification ${id} sent to outbox/${id}.eml`;
      expect(maskPersonalData(line)).toBe(line);
    }
  });

  it("still masks an identity number or phone hidden in a UUID-shaped string", () => {
    const shaped = "aaaaaaaa-bbbb-cccc-dddd-a32305123840";
    expect(maskPersonalData(shaped)).not.toContain("3230512384");
    expect(maskPersonalData("01a2287d-4a79-743a-9578-dd5321234527")).not.toContain("5321234527");
    expect(maskPersonalData("id 01a2287d-4a73-7107-8145-bd47b8173722 VKN 323 051 2384")).toBe(
      "id 01a2287d-4a73-7107-8145-bd47b8173722 VKN 32******84",
    );
  });
});
