/**
 * `npm run replay -- /nonexistent` crashed with a raw Node stack (outside tester: `Error: ENOENT …
 * at collectReplayFiles`): a path that does not exist is one coded line and exit 1.
 */
import { describe, expect, it } from "vitest";
import { collectReplayFiles } from "../../../adapters/replay/replay-runner.ts";
import { runScript } from "../../helpers/processes.ts";

describe("replay: a path that does not exist", () => {
  it("is refused by the file collection with [replay_path_missing], naming the path", () => {
    expect(() => collectReplayFiles(["/nonexistent"])).toThrow(
      expect.objectContaining({
        code: "replay_path_missing",
        message: "no such file or folder: /nonexistent",
      }),
    );
  });

  it("npm run replay -- /nonexistent prints one line and exits 1, no stack", async () => {
    const run = runScript("adapters/replay/main.ts", {}, ["/nonexistent"]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe("replay: no such file or folder: /nonexistent [replay_path_missing]\n");
    expect(run.stdout()).toBe("");
  }, 60_000);
});
