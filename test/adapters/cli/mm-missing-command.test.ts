/**
 * `npm run mm` with no command (or a group without its subcommand, `mm order`) printed the usage on
 * stderr and exited 1 with no coded line, unlike every other bad input (docs/cli.md: one English line
 * ending in its error code, exit 1). A missing command is a usage error, not a request for help:
 * it stays exit 1 (a script whose command variable is empty must not pass, and every `mm` failure is
 * 1, not 2), the usage stays on stderr (stdout is for results) and ends with the line
 * `mm: no command given … [bad_arguments]`; `--help` and `mm help` still print to stdout, exit 0.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mmOn } from "../../helpers/mm-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-missing-command-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mm = mmOn(join(dir, "data"));

describe("mm without a command", () => {
  it.each([
    [[], "Usage: mm [options] [command]", "mm: no command given: see the usage above [bad_arguments]"],
    [["order"], "Usage: mm order", "mm: no order command given: see the usage above [bad_arguments]"],
    [["ca"], "Usage: mm ca", "mm: no ca command given: see the usage above [bad_arguments]"],
    [
      ["help", "nope"],
      "Usage: mm [options] [command]",
      "mm: no such command: see the usage above [unknown_command]",
    ],
  ])(
    "mm %j: the usage on stderr, then one coded line; exit 1, nothing on stdout, nothing opened",
    async (args, usage, line) => {
      const run = await mm(...args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.startsWith(usage), run.stderr).toBe(true);
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines.at(-1)).toBe(line);
      expect(lines.filter((l) => l.startsWith("mm: "))).toHaveLength(1);
      expect(existsSync(join(dir, "data"))).toBe(false);
    },
    60_000,
  );

  it("asking for help is no error: --help and mm help print to stdout, exit 0", async () => {
    for (const args of [["--help"], ["help"], ["order", "--help"]]) {
      const run = await mm(...args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Usage: mm/);
      expect(run.stderr).toBe("");
    }
  }, 120_000);
});
