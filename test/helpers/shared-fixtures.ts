import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./processes.ts";

/**
 * The real Kamu SM certificates of `shared/fixtures/kamusm`, beside the checkout (as CI lays it out)
 * or at MM_SHARED_DIR. Missing fixtures fail the test that needs them.
 */
export function kamusmFixturesDir(): string {
  const candidates = [process.env.MM_SHARED_DIR, join(projectRoot, "..", "shared"), "/work/shared"].filter(
    (c): c is string => Boolean(c),
  );
  for (const c of candidates) {
    const dir = join(c, "fixtures", "kamusm");
    if (existsSync(dir)) return dir;
  }
  throw new Error(`the shared fixtures are missing (looked in ${candidates.join(", ")}); set MM_SHARED_DIR`);
}
