import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * Points `MM_DATA_DIR` at an empty temporary data folder (and `DATABASE_URL` at none) for the tests
 * of the enclosing `describe`, restoring both afterwards: a CLI command that refuses its input
 * before opening storage is tested in process, and were it to open storage after all it would
 * open this folder, never the project's.
 */
export function useEmptyDataFolder(prefix: string): void {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const saved = { dataDir: process.env.MM_DATA_DIR, url: process.env.DATABASE_URL };
  beforeAll(() => {
    process.env.MM_DATA_DIR = join(dir, "data");
    process.env.DATABASE_URL = "";
  });
  afterAll(() => {
    for (const [key, value] of [
      ["MM_DATA_DIR", saved.dataDir],
      ["DATABASE_URL", saved.url],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });
}
