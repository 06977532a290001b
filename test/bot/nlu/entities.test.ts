import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../bot/nlu/entities.ts";

describe("entities, whatever the intent", () => {
  it("reads a checksummed VKN and TCKN and ignores ones that fail the checksum", () => {
    expect(extractEntities("VKN'miz 4540536920, yetkili TCKN 10000000146")).toMatchObject({
      vkn: "4540536920",
      tckn: "10000000146",
    });
    const bad = extractEntities("vkn 4540536921 tckn 17291716050");
    expect(bad.vkn).toBeUndefined();
    expect(bad.tckn).toBeUndefined();
  });

  it("reads an order number as core/ra/order-number.ts stores it", () => {
    expect(extractEntities("siparişim mm 4821 093375 ne durumda").orderNo).toBe("MM4821093375");
    expect(extractEntities("MM-1234567890").orderNo).toBe("MM1234567890");
    expect(extractEntities("MM12345").orderNo).toBeUndefined();
  });

  it("reads a certificate serial, a mobile number and an e-mail address", () => {
    const e = extractEntities("seri no: 5a00000000000001, tel 0532 123 45 67, posta ali@ornek.com.tr.");
    expect(e.serial).toBe("5a00000000000001");
    expect(extractEntities("serial number 0x00:5A:00:00:00:00:00:00:01").serial).toBe("5a00000000000001");
    expect(e.phone).toBe("+905321234567");
    expect(e.email).toBe("ali@ornek.com.tr");
  });

  it("reads no VKN, TCKN or mobile number out of the digits of a certificate serial", () => {
    // A random serial holds a checksummed VKN one time in a few dozen: the revocation then asked
    // to verify a firm nobody named (CI, revocation-named-serial.test.ts).
    const vknInside = "7c4540536920e1f2a3b4c5d6e7f8a9b0";
    const tcknInside = "ab10000000146cdef0123abcdef01234";
    const mobileInside = "c05321234567dabcdef0123456789abc";
    for (const serial of [vknInside, tcknInside, mobileInside]) {
      for (const text of [`${serial} seri numaralı kartımız çalındı`, `seri no ${serial} iptal`]) {
        const e = extractEntities(text);
        expect(e.serial, text).toBe(serial);
        expect([e.vkn, e.tckn, e.phone], text).toEqual([undefined, undefined, undefined]);
      }
    }
    expect(extractEntities(`VKN 4540536920, seri ${tcknInside}`)).toMatchObject({
      vkn: "4540536920",
      serial: tcknInside,
    });
  });

  it("reads volumes in any unit as a rate per minute", () => {
    expect(extractEntities("dakikada 200 fatura kesiyoruz").volume).toEqual({
      count: 200,
      per: "minute",
      perMinute: 200,
    });
    expect(extractEntities("saatte 6000 e-fatura").volume?.perMinute).toBe(100);
    expect(extractEntities("we sign two hundred invoices per minute").volume?.count).toBe(200);
    expect(extractEntities("VKN 4540536920 için fatura").volume).toBeUndefined();
  });

  it("reads dates written with dots, slashes, ISO or Turkish month names, and rejects impossible ones", () => {
    expect(extractEntities("12.03.2026 ve 2026-04-01 tarihlerinde").dates).toEqual([
      "2026-03-12",
      "2026-04-01",
    ]);
    expect(extractEntities("5 Mart 2026'da ödedim").dates).toEqual(["2026-03-05"]);
    expect(extractEntities("31.02.2026").dates).toEqual([]);
  });

  it("finds nothing in plain text", () => {
    expect(extractEntities("merhaba")).toEqual({ dates: [] });
  });
});
