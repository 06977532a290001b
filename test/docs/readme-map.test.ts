import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/** README.md and every Markdown file under docs/. */
function markdownFiles(dir = "docs"): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path));
    else if (name.endsWith(".md")) found.push(path);
  }
  return found;
}

/** Relative link targets of a Markdown text (no URLs, no pure anchors), without their `#anchor`. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.split("#")[0]!);
}

describe("README.md", () => {
  const readme = readFileSync("README.md", "utf8");

  it("stays a map: at most 12 000 characters", () => {
    expect(readme.length).toBeLessThanOrEqual(12_000);
  });

  it("keeps the two commands exactly", () => {
    expect(readme).toContain("npm run setup && npm start");
    expect(readme).toContain("npm run setup && npm test");
  });

  it("says where each documented surface lives", () => {
    for (const doc of ["configuration", "cli", "http", "rules", "architecture", "benchmarks", "operations"]) {
      expect(readme).toContain(`docs/${doc}.md`);
    }
    expect(readme).toContain("docs/decisions/");
  });
});

describe("links in README.md and docs/", () => {
  it("reads relative links only", () => {
    expect(relativeLinks("[a](docs/x.md#y) [b](https://e.org) [c](#top) [d](../z.md)")).toEqual([
      "docs/x.md",
      "../z.md",
    ]);
  });

  it("point at files that exist", () => {
    const broken: string[] = [];
    for (const file of ["README.md", ...markdownFiles()]) {
      for (const target of relativeLinks(readFileSync(file, "utf8"))) {
        const path = normalize(join(dirname(file), target));
        if (!existsSync(path)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
