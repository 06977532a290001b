import { describe, expect, it } from "vitest";
import { normaliseEmail } from "../../../core/identity/email.ts";
import { normaliseTurkishMobile } from "../../../core/identity/phone.ts";
import { isValidTckn } from "../../../core/identity/tckn.ts";
import { isValidVkn, testModeVkns } from "../../../core/identity/vkn.ts";

describe("identity numbers", () => {
  it.each(["4540536920", "3230512384", "6180884538"])("VKN %s is valid", (v) =>
    expect(isValidVkn(v)).toBe(true),
  );
  it.each(["4540536921", "123", "45405369200", "abcdefghij", "9999999999"])("VKN %s is invalid", (v) =>
    expect(isValidVkn(v)).toBe(false),
  );
  it("keeps the official test VKNs apart (they fail the checksum)", () => {
    for (const v of testModeVkns) expect(isValidVkn(v)).toBe(false);
  });
  it.each(["10000000146", "17291716060", "19090909018"])("TCKN %s is valid", (v) =>
    expect(isValidTckn(v)).toBe(true),
  );
  it.each(["17291716050", "01234567890", "1729171606", "1729171606a"])("TCKN %s is invalid", (v) =>
    expect(isValidTckn(v)).toBe(false),
  );
});

describe("contacts", () => {
  it.each([
    ["0532 123 45 67", "+905321234567"],
    ["+90 (532) 123-4567", "+905321234567"],
    ["5321234567", "+905321234567"],
    ["00905321234567", "+905321234567"],
  ])("normalises %s", (input, out) => expect(normaliseTurkishMobile(input)).toBe(out));
  it.each(["0212 123 45 67", "+14155550100", "053212345"])("refuses %s as a mobile number", (input) =>
    expect(normaliseTurkishMobile(input)).toBeUndefined(),
  );
  it("checks e-mail addresses", () => {
    expect(normaliseEmail(" Bilgi@Ornek.COM.tr ")).toBe("Bilgi@ornek.com.tr");
    expect(normaliseEmail("a@b")).toBeUndefined();
    expect(normaliseEmail("a b@c.com")).toBeUndefined();
  });
});
