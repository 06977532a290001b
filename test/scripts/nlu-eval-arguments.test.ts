/**
 * `npm run nlu:eval -- --bogus` ignored the unknown flag, evaluated and exited 0 (outside tester):
 * an unknown option or argument is one line and exit 2, before anything is evaluated.
 */
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/processes.ts";

async function nluEval(...args: string[]) {
  const run = runScript("scripts/nlu-eval.ts", {}, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe("npm run nlu:eval refuses what it does not know", () => {
  it.each([
    [["--bogus"], "unknown option '--bogus'"],
    [["--verbose", "extra"], "unexpected argument 'extra'"],
    [["--dir"], "--dir needs a folder"],
  ])(
    "%j",
    async (args, reason) => {
      const run = await nluEval(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`nlu:eval: ${reason} (options: --dir <folder>, --verbose) [bad_arguments]\n`);
      expect(run.stdout).toBe("");
    },
    60_000,
  );
});
