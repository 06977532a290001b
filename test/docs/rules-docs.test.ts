import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Folders whose files may cite a domain rule. */
const citingRoots = ["core", "bot", "adapters", "locales", "scripts", "bench", "prisma", "test"];
/** Not citations: layering fixtures, NLU test messages, and this folder's own tests. */
const skipped = [join("test", "fixtures"), join("test", "docs")];
const citingFile = /\.(ts|mjs|cjs|json|ya?ml|prisma|sql)$/;
/** A rule id as the code writes it: R, the rule number, then sub-rule numbers. */
const ruleId = /\bR(\d+(?:\.\d+)*)\b/g;

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skipped.includes(path) || name === "node_modules") continue;
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (citingFile.test(name)) yield path;
  }
}

/** Every rule id cited in the code, with one file citing it. */
function citedIds(): Map<string, string> {
  const cited = new Map<string, string>();
  for (const root of citingRoots) {
    for (const file of filesUnder(root)) {
      for (const match of readFileSync(file, "utf8").matchAll(ruleId)) {
        if (!cited.has(`R${match[1]}`)) cited.set(`R${match[1]}`, file);
      }
    }
  }
  return cited;
}

/** The ids docs/rules.md defines: `## R3 …` headings and `- **R3.2** …` items. */
function definedIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markdown.matchAll(/^## (R\d+) /gm)) ids.add(match[1]!);
  for (const match of markdown.matchAll(/^\s*- \*\*(R\d+(?:\.\d+)+)\*\* /gm)) ids.add(match[1]!);
  return ids;
}

describe("docs/rules.md", () => {
  const defined = definedIds(readFileSync(join("docs", "rules.md"), "utf8"));

  it("defines every rule id the code cites", () => {
    const cited = citedIds();
    expect(cited.size).toBeGreaterThan(30);
    const undefinedIds = [...cited].filter(([id]) => !defined.has(id)).map(([id, file]) => `${id} (${file})`);
    expect(undefinedIds).toEqual([]);
  });

  it("defines R1 to R11, each with at least one numbered rule", () => {
    for (let n = 1; n <= 11; n++) {
      expect(defined.has(`R${n}`), `R${n}`).toBe(true);
      expect(
        [...defined].some((id) => id.startsWith(`R${n}.`)),
        `R${n}.x`,
      ).toBe(true);
    }
  });

  it("reads only definitions, so an id merely mentioned in a sentence does not count", () => {
    const ids = definedIds("## R2 Before\n\n- **R2.1** text citing R9.1.\n  - **R2.1.1** nested\n");
    expect([...ids].sort()).toEqual(["R2", "R2.1", "R2.1.1"]);
  });
});
