import { readFile } from "node:fs/promises";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { lowerThreadPoolPriority, threadPoolSize } from "../../../adapters/runtime/thread-pool-priority.ts";

describe("lowerThreadPoolPriority", () => {
  it.runIf(process.platform === "linux")(
    "nices every libuv pool thread and never the main thread",
    async () => {
      const result = await lowerThreadPoolPriority(7);
      expect(result.skipped).toBeUndefined();
      expect(result.threads).toHaveLength(threadPoolSize());
      expect(result.threads).not.toContain(process.pid);
      for (const tid of result.threads) expect(getPriority(tid)).toBeGreaterThanOrEqual(7);
      expect(getPriority(process.pid)).toBe(0);
      // work queued on the pool now runs on those threads
      const stat = await readFile("/proc/thread-self/stat", "latin1");
      expect(result.threads).toContain(Number(stat.split(" ")[0]));
      // asking for less leaves them where they are
      const again = await lowerThreadPoolPriority(3);
      for (const tid of again.threads) expect(getPriority(tid)).toBeGreaterThanOrEqual(7);
    },
  );

  it("refuses a nice value outside 0–19 and changes nothing for 0", async () => {
    await expect(lowerThreadPoolPriority(20)).rejects.toThrow(/0–19/);
    await expect(lowerThreadPoolPriority(-1)).rejects.toThrow(/0–19/);
    expect(await lowerThreadPoolPriority(0)).toEqual({ nice: 0, threads: [], skipped: "nice 0 asked" });
  });

  it("reads the pool size as libuv does", () => {
    expect(threadPoolSize({})).toBe(4);
    expect(threadPoolSize({ UV_THREADPOOL_SIZE: "3" })).toBe(3);
    expect(threadPoolSize({ UV_THREADPOOL_SIZE: "5000" })).toBe(1024);
    expect(threadPoolSize({ UV_THREADPOOL_SIZE: "zero" })).toBe(4);
  });
});
