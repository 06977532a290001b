/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (or those named on the command line), one
 * after another, each in a process of its own. Each module's default export prints lines of the form
 * `<figure>: <value> <unit> | baseline <what>: <value> <unit> | ratio <value/baseline>`.
 *
 * Why a process per module: in one process a module inherited the heap, the libuv threads (already
 * niced by a service another module started) and the loaded PKCS#11 module of those before it, so
 * its figures depended on the order of the files.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchmarksFile, figureLines, writeBenchmarks } from "./bench-report.ts";

const here = dirname(fileURLToPath(import.meta.url));
const self = fileURLToPath(import.meta.url);
const childModule = process.env.MM_BENCH_MODULE;

if (childModule) {
  const mod = (await import(pathToFileURL(join(here, childModule)).href)) as { default: () => Promise<void> };
  await mod.default();
} else {
  const only = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  if (files.length === 0) {
    console.error("bench: no benchmark matched");
    process.exit(1);
  }
  let failed = 0;
  const ran: { module: string; lines: string[]; failed: boolean }[] = [];
  for (const file of files) {
    let output = "";
    console.error(`bench: ${file} …`);
    // the same Node and loader flags (tsx) as this process, and the module named in the environment
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...process.execArgv, self], {
        stdio: ["inherit", "pipe", "inherit"],
        env: { ...process.env, MM_BENCH_MODULE: file },
      });
      // the figures go to the terminal and to docs/benchmarks.md (bench/bench-report.ts)
      child.stdout!.on("data", (chunk: Buffer) => {
        process.stdout.write(chunk);
        output += chunk.toString();
      });
      // "close": after the last of its output was read
      child.on("close", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    });
    if (code !== 0) {
      console.error(`bench: ${file} failed (exit code ${code})`);
      failed += 1;
    }
    ran.push({ module: file, lines: figureLines(output), failed: code !== 0 });
  }
  writeBenchmarks(benchmarksFile(join(here, "..")), ran);
  console.error(`bench: figures written to docs/benchmarks.md`);
  process.exitCode = failed > 0 ? 1 : 0;
}
