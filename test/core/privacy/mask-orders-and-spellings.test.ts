import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../../core/privacy/mask.ts";
import { normaliseOrderNumber } from "../../../core/ra/order-number.ts";

/** Masks, and checks that masking the result again changes nothing. */
function mask(text: string): string {
  const once = maskPersonalData(text);
  expect(maskPersonalData(once), `idempotent on ${JSON.stringify(text)}`).toBe(once);
  return once;
}

describe("order numbers are not personal data", () => {
  it("leaves an order number whole in the texts the outside tester reported", () => {
    expect(mask("siparişim MM1234567890 ne durumda?")).toBe("siparişim MM1234567890 ne durumda?");
    expect(mask("sipariş=MM9912345639")).toBe("sipariş=MM9912345639");
  });

  it("leaves every spelling the order-number normaliser accepts whole", () => {
    const spellings = [
      "MM1234567890",
      "MM 1234567890",
      "mm1234567890",
      "Mm1234567890",
      "MM-1234567890",
      "mm 4821 093375",
      "MM-2026-000123",
      "MM5321234567", // ten digits that also read as a mobile number
      "MM0532123456",
    ];
    for (const order of spellings) {
      expect(normaliseOrderNumber(order), order).toBeDefined();
      for (const text of [order, `sipariş no: ${order}, teşekkürler`, `(${order})`, `${order}'ın kargosu`]) {
        expect(mask(text)).toBe(text);
      }
    }
  });

  it("still masks bare identity numbers, and identity numbers next to words or next to an order number", () => {
    expect(mask("VKN 3230512384")).toBe("VKN 32******84");
    expect(mask("3230512384")).toBe("32******84");
    expect(mask("vkn3230512384 ile")).toBe("vkn32******84 ile");
    expect(mask("TCKN:10000000146.")).toBe("TCKN:10*******46.");
    expect(mask("3230512384MM")).toBe("32******84MM");
    expect(mask("MM1234567890 VKN 3230512384")).toBe("MM1234567890 VKN 32******84");
    expect(mask("MM1234567890 3230512384 05321234567")).toBe("MM1234567890 32******84 +90 5** *** ** 67");
    expect(mask("MM1234567890 323 051 2384")).toBe("MM1234567890 32******84");
  });

  it("masks what is not an order number: MM inside a word, or MM with eleven digits", () => {
    expect(mask("xMM1234567890")).toBe("xMM12******90");
    expect(mask("AMM1234567890")).toBe("AMM12******90");
    expect(mask("MM12345678901")).toBe("MM12*******01");
  });
});

describe("identity numbers typed in small groups", () => {
  it("masks a VKN or TCKN with a space, dot or hyphen between every digit", () => {
    expect(mask("VKN 3 2 3 0 5 1 2 3 8 4 ile")).toBe("VKN 32******84 ile");
    expect(mask("3.2.3.0.5.1.2.3.8.4")).toBe("32******84");
    expect(mask("3-2-3-0-5-1-2-3-8-4")).toBe("32******84");
    expect(mask("tckn: 1 0 0 0 0 0 0 0 1 4 6.")).toBe("tckn: 10*******46.");
  });

  it("masks other groupings the old pattern missed: long groups, many groups, mixed separators", () => {
    for (const [text, expected] of [
      ["3230 512384", "32******84"],
      ["323 0512384", "32******84"],
      ["32 30 51 2 3 8 4", "32******84"],
      ["3 23 05 12 38 4", "32******84"],
      ["3230 512.384", "32******84"],
      ["323-051 2384", "32******84"],
      ["1000000 0146", "10*******46"],
      ["100 00 00 01 46", "10*******46"],
    ] as const) {
      expect(mask(`no ${text} dir`)).toBe(`no ${expected} dir`);
    }
  });

  it("still masks the groupings masked before, with the same result", () => {
    expect(mask("VKN 323 051 2384 ile")).toBe("VKN 32******84 ile");
    expect(mask("TCKN 10000-000-146.")).toBe("TCKN 10*******46.");
    expect(mask("no: 323.051.2384")).toBe("no: 32******84");
    expect(mask("32 30 51 23 84")).toBe("32******84");
    expect(mask("29.11.2026 323 051 2384")).toBe("29.11.2026 32******84");
  });

  it("masks a mobile number typed digit by digit as a phone number", () => {
    expect(mask("tel 5 3 2 1 2 3 4 5 6 7")).toBe("tel +90 5** *** ** 67");
    expect(mask("tel 0 5 3 2 1 2 3 4 5 6 7")).toBe("tel +90 5** *** ** 67");
    expect(mask("0532 123 45 67")).toBe("+90 5** *** ** 67");
    expect(mask("+90 532 123 45 67")).toBe("+90 5** *** ** 67");
  });

  it("leaves dates, times, amounts and short numbers alone", () => {
    for (const text of [
      "29.11.2026 10:00",
      "29.11.2026 10.30",
      "29.11.2026 10 adet",
      "2026-11-25 10:00:00",
      "2026-11-25 10 12 14",
      "25-11-2026 1 2",
      "1.234,56 TL",
      "1.234.567.890,00 TL",
      "1.234.567.890 TL",
      "sunucu 10.0.0.1 port 3000",
      "çağrı merkezi 444 5 576",
      "1 2 3 4 5 6 7 8 9",
      "sürüm 1.2.3, kod 12-34-56",
    ]) {
      expect(mask(text)).toBe(text);
    }
  });
});

describe("e-mail addresses in other spellings", () => {
  it("masks an address with spaces around the @, in the style of a plain address", () => {
    expect(mask("e-posta: ali @ ornek.com.tr")).toBe("e-posta: a***@ornek.com.tr");
    expect(mask("ali@ ornek.com.tr")).toBe("a***@ornek.com.tr");
    expect(mask("ali.veli  @  firma.com")).toBe("a***@firma.com");
    expect(mask("çağrı @ örnek.com.tr")).toBe("ç***@örnek.com.tr");
  });

  it("masks an address written with (at), [at] or {at}", () => {
    expect(mask("ali(at)ornek.com.tr")).toBe("a***@ornek.com.tr");
    expect(mask("ali [at] ornek.com.tr")).toBe("a***@ornek.com.tr");
    expect(mask("Ali (AT) ornek.com.tr.")).toBe("A***@ornek.com.tr.");
    expect(mask("ali{at}ornek.com")).toBe("a***@ornek.com");
    expect(mask("adres: ali [ at ] ornek.com.tr")).toBe("adres: a***@ornek.com.tr");
  });

  it("leaves text with a lone @ or (at) and no domain alone", () => {
    for (const text of [
      "fiyat @ 100 TL",
      "saat 10 @ ofis",
      "ali (at) home",
      "@ali merhaba",
      "<@U012AB3CD> bakabilir misin",
      "bkz. (at) işareti",
    ]) {
      expect(mask(text)).toBe(text);
    }
  });
});

describe("masking of spaced digits stays fast", () => {
  it.each([
    ["1 ", ""],
    ["1 ", "*"],
    ["1.", "1"],
    ["1-", "*"],
    ["a @ ", ""],
    ["a(at)", ""],
    ["MM 1", ""],
  ])("masks 100 000 characters of %j (then %j) in well under 100 ms", (unit, tail) => {
    const text = unit.repeat(100_000 / unit.length) + tail;
    maskPersonalData(text); // warm-up
    const started = performance.now();
    maskPersonalData(text);
    const took = performance.now() - started;
    expect(took).toBeLessThan(100);
  });
});
