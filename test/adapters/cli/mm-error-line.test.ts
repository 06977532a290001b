/**
 * Every `mm` failure is one `mm: … [code]` line and exit 1 (outside tester): the command parser's
 * errors (they were commander's `error: …` lines without a code), configuration errors (no code),
 * and a long argument echoed whole (`order status "<100 kB>"`).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mmOn } from "../../helpers/mm-cli.ts";
import { runScript } from "../../helpers/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-error-line-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mm = mmOn(join(dir, "data"));

/** The only line `run` wrote on stderr, checked to be one. */
function onlyLine(run: { stderr: string }): string {
  const lines = run.stderr.split("\n").filter(Boolean);
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0]!;
}

describe("mm: the command parser's errors are one coded line", () => {
  it.each([
    [["nope"], "mm: unknown command 'nope' [unknown_command]"],
    [["status", "--bogus"], "mm: unknown option '--bogus' [unknown_option]"],
    [["issue"], "mm: required option '--vkn <vkn>' not specified [bad_arguments]"],
    [["order", "status"], "mm: missing required argument 'orderNo' [bad_arguments]"],
    [["order", "nope"], "mm: unknown command 'nope' [unknown_command]"],
  ])(
    "mm %j",
    async (args, line) => {
      const run = await mm(...args);
      expect(run.code).toBe(1);
      expect(onlyLine(run)).toBe(line);
      expect(run.stdout).toBe("");
      // refused by the parser: nothing was opened
      expect(existsSync(join(dir, "data"))).toBe(false);
    },
    60_000,
  );

  it("--help still prints the help and exits 0", async () => {
    for (const args of [["--help"], ["issue", "--help"], ["order", "status", "--help"]]) {
      const run = await mm(...args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Usage: mm/);
    }
  }, 120_000);
});

describe("mm: configuration errors end with their code", () => {
  it("a bad MM_AUDIT_KEY is [config_invalid]", async () => {
    const run = runScript(
      "adapters/cli/main.ts",
      { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_AUDIT_KEY: "short" },
      ["status", "--vkn", "4540536920"],
    );
    expect(await run.exited).toBe(1);
    expect(onlyLine({ stderr: run.stderr() })).toBe(
      "mm: configuration error: MM_AUDIT_KEY must be at least 32 characters [config_invalid]",
    );
  }, 120_000);
});

describe("mm: what the operator typed is echoed cut short", () => {
  it("order status with 100 kB of text echoes 64 characters and …", async () => {
    const init = await mm("ca", "init");
    expect(init.code, init.stderr).toBe(0);
    const typed = "x".repeat(100_000);
    const run = await mm("order", "status", typed);
    expect(run.code).toBe(1);
    const line = run.stderr.split("\n").find((l) => l.startsWith("mm: "))!;
    expect(line).toBe(
      `mm: ${"x".repeat(64)}… is not an order number: MM and 10 digits, e.g. MM4821093375 [invalid_order_no]`,
    );
    const newline = await mm("order", "status", "MM1\nMM2");
    expect(newline.stderr).toContain("mm: MM1\\nMM2 is not an order number");
    const unknown = await mm("order", "status", "mm 1234 567890");
    expect(unknown.stderr).toContain("mm: no order MM1234567890 [unknown_order]");
  }, 120_000);
});
