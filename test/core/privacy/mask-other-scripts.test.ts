/**
 * Hostile tester, round 21: a TCKN, VKN or phone number written in Arabic-Indic ("١٧٢٩١٧١٦٠٦٠") or
 * Persian ("۳۲۳۰۵۱۲۳۸۴") digits, or with invisible characters between its digits, reached the agents'
 * hand-off thread, the audit log and the service log unmasked; full-width digits reached the log.
 */
import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../../core/privacy/mask.ts";

describe("maskPersonalData reads digits of every script", () => {
  it.each([
    ["TC kimlik numaram ١٧٢٩١٧١٦٠٦٠", "TC kimlik numaram 17*******60"],
    ["firmamızın VKN'si ۳۲۳۰۵۱۲۳۸۴", "firmamızın VKN'si 32******84"],
    ["x １７２９１７１６０６０", "x 17*******60"],
    ["VKN ३२३०५१२३८४", "VKN 32******84"],
    ["VKN 3230\u200B512384", "VKN 32******84"],
    ["VKN 3230\u200F512\u2066384", "VKN 32******84"],
  ])("%j → %j", (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
  });

  it("masks a phone number in Arabic-Indic digits as a phone", () => {
    expect(maskPersonalData("telefonum ٠٥٣٢١٢٣٤٥٦٧")).toBe("telefonum +90 5** *** ** 67");
  });

  it("leaves text without digits as it is, other scripts' letters too", () => {
    const text = "مرحبا Merhaba ŞĞÜİıöç \u200B";
    expect(maskPersonalData(text)).toBe(text);
  });
});
