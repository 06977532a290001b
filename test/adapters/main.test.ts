import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runScript } from "../helpers/processes.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("npm start (adapters/main.ts)", () => {
  it("creates the data folder, migrates, serves /healthz and stops cleanly on Ctrl-C", async () => {
    const base = mkdtempSync(join(tmpdir(), "mm-start-"));
    dirs.push(base);
    const dataDir = join(base, "data");
    const port = await freePort();
    const run = runScript("adapters/main.ts", { PORT: String(port), MM_DATA_DIR: dataDir, DATABASE_URL: "" });
    try {
      await run.waitFor(/HTTP server listening/, 120_000);
      expect(existsSync(join(dataDir, "mm.db"))).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> };
      expect(body.status).toBe("ok");
      expect(body.checks.storage?.ok).toBe(true);
    } finally {
      run.child.kill("SIGINT");
    }
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('"msg":"stopped"');
  }, 180_000);

  it("stops with one line naming a bad variable, exit 1, no stack trace", async () => {
    const run = runScript("adapters/main.ts", { PORT: "not-a-port" });
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^configuration error: PORT /);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);
});
