/**
 * A private PostgreSQL 15 cluster for tests that stop and start the server (the machine's shared
 * PostgreSQL serves everyone else's tests and is never restarted): `initdb` into a temporary folder,
 * `pg_ctl start/stop` on a free loopback port, Unix socket in the same folder. As root the tools run
 * as the `postgres` user (PostgreSQL refuses to run as root). A missing binary fails loudly.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./processes.ts";

/** Where the Debian package puts the PostgreSQL 15 server tools; override with MM_TEST_PG_BIN. */
export const postgresBin = process.env.MM_TEST_PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** A running private cluster. */
export interface PrivatePostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string;
  readonly port: number;
  /** Stops the server (`-m fast`: open connections are closed) and waits for it; the event loop runs meanwhile. */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Stops it if running (immediately) and deletes the folder. */
  dispose(): void;
}

function userId(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** The command line of a PostgreSQL tool, as the `postgres` user when this process is root. */
function pgCommand(tool: string, args: string[]): [string, string[]] {
  const path = join(postgresBin, tool);
  if (!existsSync(path))
    throw new Error(`${path} is not installed: install PostgreSQL 15 (apt-get install postgresql-15)`);
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path, ...args]] : [path, args];
}

async function pgTool(tool: string, args: string[]): Promise<void> {
  const [command, commandArgs] = pgCommand(tool, args);
  await promisify(execFile)(command, commandArgs, { encoding: "utf8" });
}

/** Creates and starts a private cluster. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "mm-private-pg-"));
  chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) {
    const { uid, gid } = userId("postgres");
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  await pgTool("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  let running = false;
  const start = async () => {
    await pgTool("pg_ctl", [
      "-D",
      data,
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "-l",
      join(dir, "server.log"),
      "-w",
      "start",
    ]);
    running = true;
  };
  const stop = async () => {
    await pgTool("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    dispose() {
      try {
        if (running) execFileSync(...pgCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
