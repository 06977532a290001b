import { describe, expect, it } from "vitest";
import { rsa2048SigningRates } from "../../bench/rsa-speed.ts";

describe("rsa2048SigningRates", () => {
  it("measures one core synchronously and the pool with signatures in flight", async () => {
    const rates = await rsa2048SigningRates(60);
    // an RSA-2048 signature takes 0.2–1 ms on the machines this runs on: tens to thousands per second
    expect(rates.oneCore).toBeGreaterThan(50);
    expect(rates.oneCore).toBeLessThan(20_000);
    // the pool signs on libuv's threads beside the event loop: at least most of one core's rate
    expect(rates.allCores).toBeGreaterThan(rates.oneCore * 0.5);
  });
});
