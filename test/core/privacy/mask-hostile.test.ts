import { describe, expect, it } from "vitest";
import { maskPersonalData, maskUrlCredentials } from "../../../core/privacy/mask.ts";

/** Inputs that make a backtracking pattern quadratic: long runs of one character class. */
const shapes: Record<string, (n: number) => string> = {
  letters: (n) => "a".repeat(n),
  digits: (n) => "5".repeat(n),
  dotted: (n) => "a.".repeat(n / 2),
  ats: (n) => "a@".repeat(n / 2),
  domainish: (n) => `x@${"ab.".repeat(n / 3)}`,
  spacedDigits: (n) => "1 ".repeat(n / 2),
  dashedGroups: (n) => "123-".repeat(n / 4),
  schemes: (n) => "a://".repeat(n / 4),
  urlNoAt: (n) => `http://${"u".repeat(n - 7)}`,
  turkish: (n) => "ç".repeat(n),
};

function timeOf(text: string): number {
  const started = performance.now();
  maskPersonalData(text);
  return performance.now() - started;
}

describe("masking runs in linear time", () => {
  // 16 times the input: linear code takes 16–50 times as long here (caches), quadratic code 256 times
  it.each(Object.keys(shapes))("on a 1 MB line of %s: under 3 s, and at most ~linear from 64 kB", (name) => {
    const shape = shapes[name]!;
    const small = shape(64_000);
    const large = shape(1_024_000);
    timeOf(small); // warm-up
    const best = (text: string) => Math.min(...[1, 2, 3, 4, 5].map(() => timeOf(text)));
    const tSmall = Math.max(best(small), 1);
    const tLarge = best(large);
    console.log(`mask ${name}: 64 kB ${tSmall.toFixed(1)} ms, 1 MB ${tLarge.toFixed(1)} ms`);
    // the quadratic code took 1.2 s for 50 kB of letters, so minutes for 1 MB
    expect(tLarge).toBeLessThan(3_000);
    expect(tLarge / tSmall).toBeLessThan(120);
  });
});

describe("masking of numbers and addresses in other spellings", () => {
  it("masks identity numbers written with separators", () => {
    for (const text of ["VKN 323 051 2384 ile", "TCKN 10000-000-146.", "no: 323.051.2384", "1000 000 0146"]) {
      const masked = maskPersonalData(text);
      const digits = masked.replace(/\D/g, "");
      expect(digits.length, masked).toBeLessThanOrEqual(4);
      expect(masked).toContain("*");
    }
  });

  it("leaves short numbers, dates, times and ids with separators alone", () => {
    const text =
      "2026-11-25 10:00:00 order MM-2026-000123 uuid 0195f3a2-1234-7abc-8def-123456789012 amount 1.750,00 port 3000";
    expect(maskPersonalData(text)).toBe(text);
  });

  it("masks e-mail addresses with Turkish letters", () => {
    const masked = maskPersonalData("yazın: çağrı@örnek.com.tr ya da şule.öz@firma.com.tr");
    expect(masked).not.toContain("çağrı");
    expect(masked).not.toContain("şule.öz");
    expect(masked).toContain("ç***@örnek.com.tr");
    expect(masked).toContain("ş***@firma.com.tr");
    expect(maskPersonalData(masked)).toBe(masked);
  });

  it("masks the userinfo of any URL, the password above all", () => {
    const text =
      'DATABASE_URL "postgres://mm:S3cr3t!pw@db.internal:5432/mm" and smtps://apikey:abc%40def@smtp.example.com:465 or https://tok@x.y/';
    const masked = maskPersonalData(text);
    expect(masked).not.toMatch(/S3cr3t|abc%40def|apikey|mm:|tok@/);
    expect(masked).toContain("postgres://***@db.internal:5432/mm");
    expect(masked).toContain("smtps://***@smtp.example.com:465");
    expect(masked).toContain("https://***@x.y/");
    expect(maskUrlCredentials("postgres://u:p@ss@h/db")).toBe("postgres://***@h/db");
    expect(maskUrlCredentials("http://example.com/a@b")).toBe("http://example.com/a@b");
  });
});
