import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { environmentSchema } from "../../adapters/config/environment.ts";
import {
  configurationDocsPath,
  configurationEntries,
  renderConfigurationDocs,
  undescribedVariables,
} from "../../scripts/generate-config-docs.ts";

describe("docs/configuration.md", () => {
  it("is what npm run docs:config generates from the schema today (else: run npm run docs:config)", () => {
    const committed = readFileSync(configurationDocsPath, "utf8");
    expect(committed).toBe(renderConfigurationDocs());
  });

  it("has a description for every variable of the schema", () => {
    expect(undescribedVariables()).toEqual([]);
  });

  it("has one row per variable, with the schema's default or the text saying what unset means", () => {
    const text = renderConfigurationDocs();
    for (const name of Object.keys(environmentSchema.shape)) {
      expect(text.match(new RegExp(`^\\| \`${name}\` \\|`, "gm"))).toHaveLength(1);
    }
    const byName = new Map(configurationEntries().map((entry) => [entry.name, entry]));
    expect(byName.get("PORT")?.shown).toBe("`3000`");
    expect(byName.get("MM_TEST_MODE")?.shown).toBe("`0`");
    expect(byName.get("LOG_LEVEL")?.values).toContain("debug");
    expect(byName.get("DATABASE_URL")?.shown).toMatch(/SQLite/);
    expect(byName.get("MM_PKCS11_PIN")?.shown).toBe("—");
  });

  it("refuses to render when a variable has no description, naming it", () => {
    const schema = z.object({
      DESCRIBED: z.string().optional().describe("has one"),
      BARE: z.coerce.number().default(1),
    });
    expect(undescribedVariables(schema)).toEqual(["BARE"]);
    expect(() => renderConfigurationDocs(schema)).toThrow(/BARE/);
  });

  it("notices a stale file: a changed description changes the rendering", () => {
    const before = renderConfigurationDocs(z.object({ A: z.string().default("x").describe("first") }));
    const after = renderConfigurationDocs(z.object({ A: z.string().default("x").describe("second") }));
    expect(after).not.toBe(before);
    expect(before).toContain("| `A` | `x` | first |");
  });

  it("escapes a pipe inside a description so the table keeps its columns", () => {
    const text = renderConfigurationDocs(z.object({ A: z.string().optional().describe("a | b") }));
    expect(text).toContain("| `A` | — | a \\| b |");
  });
});
