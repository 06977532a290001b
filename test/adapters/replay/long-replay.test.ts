/**
 * A replay plays in seconds a conversation a customer types over many minutes: the per-minute chat
 * limits (wall-clock protections of a running service) must not cut a long replay short.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { availableDrivers } from "../../../adapters/replay/drivers.ts";
import { runReplays } from "../../../adapters/replay/replay-runner.ts";
import { startReplaySystem } from "../../../adapters/replay/service-system.ts";

describe("a long replay", () => {
  it("plays 60 turns on the web and on Telegram without a rate limit cutting it short", async () => {
    const turns = Array.from(
      { length: 30 },
      () => `  - user: "fiyat nedir"\n    bot:\n      - contains: "TL"\n  - user: "menü"\n`,
    ).join("");
    const dir = mkdtempSync(join(tmpdir(), "mm-long-replay-"));
    writeFileSync(join(dir, "long.yaml"), `title: Uzun görüşme\nturns:\n${turns}`);
    const result = await runReplays([dir], {
      drivers: availableDrivers(),
      startSystem: startReplaySystem,
      cwd: dir,
    });
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(2);
  }, 180_000);
});
