import { describe, expect, it } from "vitest";
import { percentile } from "../../bench/percentile.ts";

describe("bench percentiles", () => {
  it("takes the sample at ⌊q·n⌋ of the sorted samples, leaving the input unsorted", () => {
    const values = [9, 1, 7, 3, 5];
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 0.99)).toBe(9);
    expect(percentile(values, 1)).toBe(9);
    expect(values).toEqual([9, 1, 7, 3, 5]);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 0.99)).toBe(100);
    expect(percentile(hundred, 0.5)).toBe(51);
  });

  it("answers the given value, NaN by default, without samples", () => {
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentile([], 0.99, 0)).toBe(0);
  });
});
