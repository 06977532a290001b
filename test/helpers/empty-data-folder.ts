import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { runScript } from "./processes.ts";

/** The environment a CLI child process runs with on a test's data folder. */
export interface DataFolderEnv {
  MM_DATA_DIR: string;
  DATABASE_URL: string;
}

/**
 * Points `MM_DATA_DIR` at an empty temporary data folder (and `DATABASE_URL` at none) for the tests
 * of the enclosing `describe`, restoring both afterwards: a CLI command that refuses its input
 * before opening storage is tested in process, and were it to open storage after all it would
 * open this folder, never the project's.
 */
export function useEmptyDataFolder(prefix: string): DataFolderEnv {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env: DataFolderEnv = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "" };
  const saved = { dataDir: process.env.MM_DATA_DIR, url: process.env.DATABASE_URL };
  beforeAll(() => {
    process.env.MM_DATA_DIR = env.MM_DATA_DIR;
    process.env.DATABASE_URL = env.DATABASE_URL;
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
  return env;
}

/**
 * {@link useEmptyDataFolder} with a CA in it: `mm ca init` runs once (a child process, as an
 * operator runs it) before the tests of the enclosing `describe`, so that commands which refuse
 * storage without a CA (existing-ca.ts) work on it. Returns the environment for further `mm` children.
 */
export function useCaDataFolder(prefix: string): DataFolderEnv {
  const env = useEmptyDataFolder(prefix);
  beforeAll(async () => {
    const init = runScript("adapters/cli/main.ts", { ...env }, ["ca", "init"]);
    const code = await init.exited;
    if (code !== 0) throw new Error(`mm ca init exited ${code}: ${init.stderr()}`);
  }, 120_000);
  return env;
}
