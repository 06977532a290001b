import { describe, expect, it } from "vitest";
import { checkTextAssertions, foldPattern } from "../../../adapters/replay/assertions.ts";
import { addIsoDuration } from "../../../adapters/replay/duration.ts";
import { foldForComparison } from "../../../adapters/replay/fold.ts";
import { lastOneTimeCode } from "../../../adapters/replay/replay-runner.ts";

describe("replay comparisons", () => {
  it("fold Turkish case, dotted and dotless I and diacritics", () => {
    expect(foldForComparison("BAŞVURU İPTAL ISPARTA")).toBe("basvuru iptal isparta");
    expect(foldForComparison("  Çalıntı\n  Kart ")).toBe("calinti kart");
    expect(foldPattern("İptal\\S+ĞÜ\\d")).toBe("iptal\\S+gu\\d");
  });

  it("check contains, not_contains, matches and buttons over folded text", () => {
    const messages = [
      { text: "Başvurunuz alındı. Sipariş no: MM-1", buttons: [{ id: "a", label: "Ana Menü" }] },
    ];
    expect(
      checkTextAssertions(messages, [
        { contains: "basvurunuz ALINDI" },
        { not_contains: "hata" },
        { matches: "sipariş no: mm-\\d" },
        { buttons: ["ana menu"] },
      ]),
    ).toEqual([]);
    expect(checkTextAssertions(messages, [{ contains: "iptal" }, { buttons: ["Geri"] }])).toHaveLength(2);
  });

  it("read {{otp}} in an assertion as the last one-time code, and fail plainly when none was delivered", () => {
    const messages = [{ text: "Kodunuz 482913 olarak gönderildi" }];
    expect(checkTextAssertions(messages, [{ contains: "{{otp}}" }], "bot", "482913")).toEqual([]);
    expect(checkTextAssertions(messages, [{ not_contains: "{{otp}}" }], "bot", "482913")).toHaveLength(1);
    expect(checkTextAssertions(messages, [{ matches: "kodunuz {{otp}}" }], "bot", "482913")).toEqual([]);
    expect(checkTextAssertions(messages, [{ not_contains: "{{otp}}" }], "bot", "111111")).toEqual([]);
    expect(checkTextAssertions(messages, [{ not_contains: "{{otp}}" }], "bot")).toEqual([
      "bot: {{otp}} used but no one-time code was delivered in this replay",
    ]);
  });

  it("adds ISO-8601 durations by the calendar", () => {
    const from = new Date("2026-01-31T10:00:00Z");
    expect(addIsoDuration(from, "P1M").toISOString()).toBe("2026-03-03T10:00:00.000Z");
    expect(addIsoDuration(from, "P1Y2DT3H").toISOString()).toBe("2027-02-02T13:00:00.000Z");
    expect(addIsoDuration(from, "PT5M").toISOString()).toBe("2026-01-31T10:05:00.000Z");
    expect(() => addIsoDuration(from, "1M")).toThrow(/ISO-8601/);
  });

  it("takes the last one-time code from the newest notification that carries a code", () => {
    const code = lastOneTimeCode([
      { channel: "email", recipient: "a@b.c", body: "Doğrulama kodunuz: 111111" },
      { channel: "sms", recipient: "+905321234567", body: "Kodunuz 222222. VKN 3230512384" },
      { channel: "email", recipient: "a@b.c", body: "Sipariş MM-000123 alındı" },
    ]);
    expect(code).toBe("222222");
    expect(lastOneTimeCode([])).toBeUndefined();
  });
});
