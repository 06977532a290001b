import { spawn } from "node:child_process";
import { projectRoot, watchProcess } from "./processes.ts";

/** Another process holding a SQLite file's write lock, as a backup tool or the sqlite3 shell would. */
export interface SqliteLockHolder {
  /** Commits the holder's transaction (the lock goes) and waits for the process to exit. */
  release(): Promise<void>;
}

const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 10000 });
db.exec(process.argv[2]);
process.stdout.write("locked\\n");
process.stdin.on("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });
`;

/**
 * Starts a separate Node process that opens `file` with better-sqlite3 and runs `BEGIN EXCLUSIVE`
 * (or `statement`), then holds the lock until {@link SqliteLockHolder.release}. Resolves once the
 * lock is held. A lock held by another process, not by another connection of the test's own, so
 * that nothing of the service's process knows of it.
 */
export async function holdSqliteLock(file: string, statement = "BEGIN EXCLUSIVE"): Promise<SqliteLockHolder> {
  const child = spawn(process.execPath, ["-e", HOLDER, file, statement], {
    cwd: projectRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  const watched = watchProcess(child);
  await watched.waitFor(/locked/, 15_000);
  return {
    async release() {
      if (child.exitCode !== null) return;
      child.stdin!.write("release\n");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await watched.exited;
      clearTimeout(timer);
    },
  };
}

/** Records the longest delay of a 10 ms interval timer: how long the event loop was held. */
export function watchEventLoop(): { longestDelayMs(): number; stop(): void } {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return {
    longestDelayMs: () => Math.max(longest, performance.now() - last - 10),
    stop: () => clearInterval(timer),
  };
}
