import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { availableDrivers } from "../../../adapters/replay/drivers.ts";
import { readReplayFile } from "../../../adapters/replay/replay-format.ts";
import { collectReplayFiles, runReplays } from "../../../adapters/replay/replay-runner.ts";
import { startReplaySystem } from "../../../adapters/replay/service-system.ts";

const here = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "replays");
const files = collectReplayFiles([here]);
const drivers = availableDrivers();
/** Every replay on every customer channel it allows: what `npm run replay -- test/replays` plays. */
const cases = files.flatMap((file) =>
  drivers
    .filter((d) => {
      const allowed = readReplayFile(file).channel;
      return allowed === "any" || allowed === d.channel;
    })
    .map((d) => ({ name: basename(file), file, channel: d.channel })),
);

describe("replay corpus", () => {
  it("has the corpus, and plays it on the web and on Telegram", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(drivers.map((d) => d.channel).sort()).toEqual(["telegram", "web"]);
    expect(cases.filter((c) => c.channel === "telegram").length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)(
    "$name on $channel",
    async ({ file, channel }) => {
      const result = await runReplays([file], {
        channel,
        drivers,
        startSystem: startReplaySystem,
        cwd: here,
      });
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ passed: 1, failed: 0 });
    },
    120_000,
  );
});
