import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { availableDrivers } from "../../../adapters/replay/drivers.ts";
import { readReplayFile } from "../../../adapters/replay/replay-format.ts";
import { collectReplayFiles, runReplays } from "../../../adapters/replay/replay-runner.ts";
import { startReplaySystem } from "../../../adapters/replay/service-system.ts";

const here = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "replays");

describe("replay corpus", () => {
  it("plays every replay in test/replays on every available channel it allows, without a failure", async () => {
    const files = collectReplayFiles([here]);
    expect(files.length).toBeGreaterThanOrEqual(20);
    const drivers = availableDrivers();
    const expected = files
      .map((f) => readReplayFile(f).channel)
      .reduce(
        (n, channel) => n + drivers.filter((d) => channel === "any" || channel === d.channel).length,
        0,
      );
    const result = await runReplays([here], { drivers, startSystem: startReplaySystem, cwd: here });
    expect(result.failures).toEqual([]);
    expect(result.failed).toBe(0);
    expect(result.passed).toBe(expected);
  }, 300_000);
});
