import { describe, expect, it } from "vitest";
import { cryptoRandom } from "../../../core/ports/random.ts";

describe("cryptoRandom", () => {
  it("hands out fresh bytes of the asked length, across refills of its pool", () => {
    const seen = new Set<string>();
    // 16-byte serials through many 4 KiB refills, and lengths that straddle a refill
    for (let i = 0; i < 3_000; i++) {
      const length = i % 7 === 0 ? 33 : 16;
      const bytes = cryptoRandom.bytes(length);
      expect(bytes.length).toBe(length);
      seen.add(Buffer.from(bytes).toString("hex"));
    }
    expect(seen.size).toBe(3_000);
  });

  it("gives each caller its own copy: a later draw does not change an earlier one", () => {
    const first = cryptoRandom.bytes(16);
    const kept = Buffer.from(first).toString("hex");
    for (let i = 0; i < 600; i++) cryptoRandom.bytes(16);
    expect(Buffer.from(first).toString("hex")).toBe(kept);
  });

  it("serves large requests straight from the CSPRNG, not all zero", () => {
    const bytes = cryptoRandom.bytes(10_000);
    expect(bytes.length).toBe(10_000);
    expect(bytes.some((b) => b !== 0)).toBe(true);
    const ones = bytes.reduce((n, b) => n + b.toString(2).replaceAll("0", "").length, 0);
    // 80 000 fair bits: within ±2 % of half
    expect(Math.abs(ones / 80_000 - 0.5)).toBeLessThan(0.02);
  });
});
