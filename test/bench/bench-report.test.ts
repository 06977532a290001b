import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { figureLines, writeBenchmarks } from "../../bench/bench-report.ts";

describe("docs/benchmarks.md as npm run bench writes it", () => {
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-report-"));
  afterEach(() => rmSync(join(dir, "benchmarks.md"), { force: true }));

  it("keeps only figure lines with a baseline and a ratio", () => {
    const output = [
      "bench: progress",
      "engine certificates/s (b): 2700 cert/s | baseline raw C_Sign (a): 3900 sig/s | ratio 0.69",
      "not a figure: 12 ms",
    ].join("\n");
    expect(figureLines(output)).toEqual([
      "engine certificates/s (b): 2700 cert/s | baseline raw C_Sign (a): 3900 sig/s | ratio 0.69",
    ]);
  });

  it("replaces the sections of the modules that ran and keeps the others, with machine and date", () => {
    const file = join(dir, "benchmarks.md");
    const line = (r: string) => `x: 1 a | baseline y: 2 a | ratio ${r}`;
    writeBenchmarks(
      file,
      [
        { module: "ocsp.bench.ts", lines: [line("0.50")], failed: false },
        { module: "pg.bench.ts", lines: [line("0.10")], failed: false },
      ],
      new Date("2026-11-29T06:00:00Z"),
    );
    writeBenchmarks(
      file,
      [{ module: "pg.bench.ts", lines: [line("0.90")], failed: true }],
      new Date("2026-11-30T07:00:00Z"),
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`- ${line("0.50")}`);
    expect(text).toContain(`- ${line("0.90")}`);
    expect(text).not.toContain(line("0.10"));
    expect(text).toMatch(/## ocsp\.bench\.ts\n\n2026-11-29 06:00 UTC · \d+ CPU \(nproc\), /);
    expect(text).toMatch(/## pg\.bench\.ts\n\n2026-11-30 07:00 UTC · .* · \*\*the module failed\*\*/);
    // the machine's signature speed, which the signing ratios depend on
    expect(text).toMatch(/RSA-2048 signature [1-9]\d* µs on one core/);
    expect(text.indexOf("## ocsp.bench.ts")).toBeLessThan(text.indexOf("## pg.bench.ts"));
  });
});
