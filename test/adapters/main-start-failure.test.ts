/**
 * A start-up that fails for a known reason (the port taken, no CA in production) printed one line
 * and then logged the error with its whole stack, and the log's `code` field read "[redacted]" (the
 * log removed every field named `code` as if it were a one-time code): an operator never saw
 * `EADDRINUSE` or `ca_missing`. Now one stderr line ending in the code, and a log line with the
 * code and the message, no stack.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runScript } from "../helpers/processes.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("npm start failing for a known reason", () => {
  it("the port taken: one line ending in [EADDRINUSE], the log keeps the code, no stack trace", async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, "127.0.0.1", resolve));
    try {
      const dataDir = join(mkdtempSync(join(tmpdir(), "mm-start-fail-")), "data");
      dirs.push(join(dataDir, ".."));
      const run = runScript("adapters/main.ts", {
        PORT: String(port),
        HOST: "127.0.0.1",
        MM_DATA_DIR: dataDir,
        DATABASE_URL: "",
        NODE_ENV: "",
        MM_PUBLIC_URL: `http://localhost:${port}`,
      });
      expect(await run.exited).toBe(1);
      expect(run.stderr().trim()).toMatch(/^start-up failed: .*EADDRINUSE.* \[EADDRINUSE\]$/);
      const fatal = run
        .stdout()
        .split("\n")
        .filter((line) => line.includes('"start-up failed"'));
      expect(fatal).toHaveLength(1);
      const entry = JSON.parse(fatal[0]!);
      expect(entry).toMatchObject({ level: 60, code: "EADDRINUSE" });
      expect(fatal[0]).not.toMatch(/"stack"|\\n\s+at /);
    } finally {
      taken.close();
    }
  }, 180_000);
});
