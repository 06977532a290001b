/** The `mm` CLI run as a child process on one data folder (SQLite), as an operator runs it. */
import type { Command } from "commander";
import { runScript } from "./processes.ts";

/** What one `mm` run printed and how it exited. */
export interface MmRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A runner of `mm <args>` in a child process with `env` over the test's own environment. */
export function mmWith(env: Record<string, string>): (...args: string[]) => Promise<MmRun> {
  return async (...args) => {
    const run = runScript("adapters/cli/main.ts", env, args);
    const code = await run.exited;
    return { code, stdout: run.stdout(), stderr: run.stderr() };
  };
}

/** A runner of `mm <args>` on `dataDir`, with no PostgreSQL URL. */
export function mmOn(dataDir: string): (...args: string[]) => Promise<MmRun> {
  return mmWith({ MM_DATA_DIR: dataDir, DATABASE_URL: "" });
}

/** Runs an `mm` command (or a group) in process, its output silenced; returns what it threw, if anything. */
export async function runInProcess(command: Command, ...args: string[]): Promise<unknown> {
  command.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  for (const sub of command.commands)
    sub.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  return command.parseAsync(args, { from: "user" }).then(
    () => undefined,
    (error: unknown) => error,
  );
}
