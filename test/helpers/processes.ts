import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A project script run with tsx, its output collected. */
export interface RunningScript {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves when stdout or stderr matches, rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** Starts `tsx <script>` from the project root with extra environment variables. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): RunningScript {
  const child = spawn(
    process.execPath,
    [join(projectRoot, "node_modules/tsx/dist/cli.mjs"), script, ...args],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return watchProcess(child);
}

/**
 * Collects the stdout and stderr of a child spawned with `stdio: ["ignore", "pipe", "pipe"]` and tells
 * when it exits: the {@link RunningScript} of any such child (`runScript`'s, or one spawned otherwise).
 */
export function watchProcess(child: ChildProcess): RunningScript {
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => {
    out += d;
  });
  child.stderr!.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (pattern.test(out) || pattern.test(err)) {
            clearInterval(tick);
            resolve();
          } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
            clearInterval(tick);
            reject(
              new Error(
                `no ${pattern} (exit ${child.exitCode}); stdout: ${out.slice(-2000)} stderr: ${err.slice(-2000)}`,
              ),
            );
          }
        }, 50);
      });
    },
  };
}
