/**
 * docs/benchmarks.md, written by `npm run bench`: one section per bench module holding the figure
 * lines of its last run (each with its same-run baseline and ratio, as bench/format.ts prints them),
 * the machine and the date. A run of some modules (`npm run bench -- pg`) replaces their sections and
 * keeps the others'.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { rsa2048SignMicros } from "./rsa-speed.ts";

/** A figure line of bench/format.ts: `<figure>: <value> <unit> | baseline <what>: <value> <unit> | ratio <r>`. */
export const FIGURE_LINE = /^.+: \S+ .*\| baseline .+\| ratio \S+$/;

/** The figure lines in a module's output. */
export function figureLines(output: string): string[] {
  return output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => FIGURE_LINE.test(l));
}

/**
 * The machine the figures were measured on, with its RSA-2048 signature time (rsa-speed.ts): the
 * signing ratios differ from one machine to the next with it.
 */
export function machine(signMicros: number = rsa2048SignMicros()): string {
  const list = cpus();
  // the load average says how much of the machine others used meanwhile (shared CI machines)
  const load = loadavg()[0]!.toFixed(1);
  return `${list.length} CPU (nproc), ${list[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, ${process.platform}, load average ${load} at the end, RSA-2048 signature ${signMicros.toFixed(0)} µs on one core`;
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (bench/main.ts): each module's section holds the figures of its last run,
each beside its baseline measured in the same run and the ratio figure / baseline. Run one module with
\`npm run bench -- <name>\` (e.g. \`pg\`); the other sections keep their last run. Each section names its machine's
RSA-2048 signature time: the signing ratios move with it from one machine to the next, in opposite directions for the
engine and for fresh-nonce OCSP (docs/decisions/0006-certificate-row-and-hot-reads.md, "Two machines").
`;

/** Replaces the sections of the modules that ran in `file` (created when missing). */
export function writeBenchmarks(
  file: string,
  ran: { module: string; lines: string[]; failed: boolean }[],
  when: Date = new Date(),
): void {
  const sections = new Map<string, string>();
  if (existsSync(file)) {
    const text = readFileSync(file, "utf8");
    for (const part of text.split(/^## /m).slice(1)) {
      const name = part.slice(0, part.indexOf("\n")).trim();
      sections.set(name, `## ${part.trimEnd()}\n`);
    }
  }
  const signMicros = ran.length > 0 ? rsa2048SignMicros() : 0;
  for (const { module, lines, failed } of ran) {
    const body = lines.length ? lines.map((l) => `- ${l}`).join("\n") : "- (no figures)";
    sections.set(
      module,
      `## ${module}\n\n${when.toISOString().slice(0, 16).replace("T", " ")} UTC · ${machine(signMicros)}${failed ? " · **the module failed**" : ""}\n\n${body}\n`,
    );
  }
  const ordered = [...sections.keys()].sort().map((k) => sections.get(k)!);
  writeFileSync(file, `${HEADER}\n${ordered.join("\n")}`);
}

/** docs/benchmarks.md of the project. */
export const benchmarksFile = (root: string) => join(root, "docs", "benchmarks.md");
