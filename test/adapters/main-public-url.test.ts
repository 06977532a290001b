/**
 * `npm start` with NODE_ENV=production and no MM_PUBLIC_URL would have written the localhost
 * default into every certificate its jobs issue (as `mm issue` already refused to): production now
 * refuses to start, naming the variable; development starts on the default with a warning.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runScript } from "../helpers/processes.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataFolder(): string {
  const base = mkdtempSync(join(tmpdir(), "mm-start-url-"));
  dirs.push(base);
  return join(base, "data");
}

describe("npm start and MM_PUBLIC_URL (adapters/config/public-url.ts)", () => {
  it("in production without it: one line naming MM_PUBLIC_URL, exit 1, no stack trace; on empty storage and beside a CA", async () => {
    const dataDir = dataFolder();
    const production = {
      NODE_ENV: "production",
      MM_PUBLIC_URL: "",
      MM_DATA_DIR: dataDir,
      DATABASE_URL: "",
      // what production needs otherwise, so that only MM_PUBLIC_URL is missing
      MM_KEY_PASSPHRASE: "a passphrase of the test",
      MM_AUDIT_KEY: "an audit key of the test, 32 characters or more",
    };
    const start = async () => {
      const run = runScript("adapters/main.ts", { ...production, PORT: String(await freePort()) });
      expect(await run.exited).toBe(1);
      const lines = run.stderr().trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^configuration error: MM_PUBLIC_URL is not set: NODE_ENV=production never writes the default http:\/\/localhost:\d+ into certificates; set MM_PUBLIC_URL/,
      );
      expect(lines[0]).toMatch(/ \[config_invalid\]$/);
      expect(run.stderr()).not.toMatch(/\n\s+at /);
      expect(run.stdout()).toBe("");
    };
    await start();
    expect(existsSync(dataDir)).toBe(false);
    // with a CA made by the ceremony, the start used to go on and issue with the localhost URLs
    const ceremony = runScript("adapters/cli/main.ts", production, ["ca", "init"]);
    expect(await ceremony.exited, ceremony.stderr()).toBe(0);
    await start();
  }, 120_000);

  it("in development without it: starts on http://localhost:<PORT> and warns once, naming the default", async () => {
    const port = await freePort();
    const run = runScript("adapters/main.ts", {
      MM_PUBLIC_URL: "",
      NODE_ENV: "",
      PORT: String(port),
      MM_DATA_DIR: dataFolder(),
      DATABASE_URL: "",
    });
    try {
      await run.waitFor(/HTTP server listening/, 120_000);
      const warnings = run
        .stdout()
        .split("\n")
        .filter((line) => line.includes("MM_PUBLIC_URL is not set"));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0]!)).toMatchObject({
        level: 40,
        msg: `MM_PUBLIC_URL is not set: certificates issued by this development set-up name http://localhost:${port} for their CRL, OCSP, CA certificate and CPS (set MM_PUBLIC_URL to the service's public base URL)`,
      });
    } finally {
      run.child.kill("SIGINT");
    }
    expect(await run.exited).toBe(0);
  }, 180_000);
});
