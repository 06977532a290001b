import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts file under adapters/cli (the commander definitions). */
function cliSources(dir = join("adapters", "cli")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cliSources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Command names and long option flags of commander definitions in a source text. */
function definitions(source: string): { commands: string[]; options: string[] } {
  const commands = [...source.matchAll(/(?:\.command|new Command)\(\s*"([a-z][\w-]*)"/g)].map((m) => m[1]!);
  const options = [...source.matchAll(/\.(?:option|requiredOption)\(\s*"(?:-\w, )?(--[a-z][\w-]*)/g)].map(
    (m) => m[1]!,
  );
  return { commands, options };
}

describe("docs/cli.md", () => {
  const text = readFileSync(join("docs", "cli.md"), "utf8");

  it("reads command names and options from commander calls", () => {
    const found = definitions(
      'new Command("order"); order.command("ship").requiredOption("--order <n>", "x").option("-v, --verbose", "y")',
    );
    expect(found).toEqual({ commands: ["order", "ship"], options: ["--order", "--verbose"] });
  });

  it("documents every command and option defined in adapters/cli/", () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of cliSources()) {
      const { commands, options } = definitions(readFileSync(file, "utf8"));
      seen += commands.length;
      for (const command of commands) {
        if (command !== "mm" && !new RegExp(`\`(?:[a-z-]+ )?${command}[\` ]`).test(text)) {
          missing.push(`${file}: command ${command}`);
        }
      }
      for (const option of options) if (!text.includes(option)) missing.push(`${file}: option ${option}`);
    }
    expect(seen).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});
