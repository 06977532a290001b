import { describe, expect, it } from "vitest";
import { sensitiveKindOf } from "../../../adapters/telegram/sensitive-message.ts";

const idle = { awaitingCode: false, numberExpected: false };
const code = { awaitingCode: true, numberExpected: true };

describe("sensitive Telegram messages", () => {
  it("finds a checksum-valid TCKN, also written with spaces, and not an invalid 11-digit number", () => {
    expect(sensitiveKindOf("10000000146", idle)).toBe("tckn");
    expect(sensitiveKindOf("TCKN: 100 000 001 46", idle)).toBe("tckn");
    expect(sensitiveKindOf("12345678901", idle)).toBeUndefined();
    expect(sensitiveKindOf("0532 123 45 67", { ...idle, numberExpected: true })).toBeUndefined();
  });

  it("finds a one-time code only while one is awaited", () => {
    expect(sensitiveKindOf("482913", code)).toBe("code");
    expect(sensitiveKindOf("kod 482 913", code)).toBe("code");
    expect(sensitiveKindOf("482913", { awaitingCode: false, numberExpected: true })).toBeUndefined();
  });

  it("finds what looks like a PIN", () => {
    expect(sensitiveKindOf("pinim 1234", idle)).toBe("pin");
    expect(sensitiveKindOf("1234", idle)).toBe("pin");
    expect(sensitiveKindOf("mali mühür nedir", idle)).toBeUndefined();
  });
});
