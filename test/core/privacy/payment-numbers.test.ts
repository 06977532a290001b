/**
 * Outside console tester, round 22 (#8): a payment card number and an IBAN a customer typed reached
 * the agents' hand-off thread (and the logs) in full, while phone, e-mail and TCKN were masked.
 */
import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../../core/privacy/mask.ts";

describe("payment card numbers and IBANs are masked with personal data", () => {
  it.each([
    ["bu kartla yaptım 4543 5900 0000 0006", "bu kartla yaptım **** **** **** 0006"],
    ["kart: 4543590000000006.", "kart: ************0006."],
    ["card 4111-1111-1111-1111 was charged", "card ****-****-****-1111 was charged"],
    ["amex 3782 822463 10005", "amex **** ****** *0005"],
    ["iade IBAN TR12 0006 1005 1978 6457 8413 26", "iade IBAN TR** **** **** **** **** **13 26"],
    ["IBAN: TR120006100519786457841326", "IBAN: TR********************1326"],
    ["iban tr12-0006-1005-1978-6457-8413-26 lütfen", "iban tr**-****-****-****-****-**13-26 lütfen"],
  ])("%s", (typed, masked) => {
    expect(maskPersonalData(typed)).toBe(masked);
    expect(maskPersonalData(masked)).toBe(masked);
  });

  it("leaves numbers that are no card or IBAN as they were", () => {
    // fails the Luhn check; an order number; a date and an amount; a serial in hex
    for (const text of [
      "4543 5900 0000 0007",
      "sipariş MM1234567890",
      "29.11.2026 tarihinde 1.750,00 TL",
      "seri 39fc6c964eac21",
      "TR12 0006 1005 1978", // too short for an IBAN
    ])
      expect(maskPersonalData(text)).toBe(text);
  });

  it("leaves a Luhn-valid number no payment card starts with as it was (CI: pino's time in ms)", () => {
    // 1764585600018 passes the Luhn check; card numbers start with 2–6 (Visa, Mastercard, Amex…) or 9 (Troy)
    for (const text of ["time 1764585600018", "id 1764585600000", "ref 8000000000000000002"])
      expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData("troy 9792 0000 0000 0003")).toBe("troy **** **** **** 0003");
  });
});
