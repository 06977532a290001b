import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function depcruise(...paths: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [
        join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
        "--config",
        ".dependency-cruiser.cjs",
        ...paths,
      ],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

describe("layering rule", () => {
  it("passes on the project", () => {
    const result = depcruise("core", "bot", "adapters");
    expect(result.output).toContain("no dependency violations found");
    expect(result.ok).toBe(true);
  });

  it("fails when core imports an adapter or a framework", () => {
    const result = depcruise("test/fixtures/layering");
    expect(result.ok).toBe(false);
    expect(result.output).toContain("core-not-to-outer-layers");
    expect(result.output).toContain("core-not-to-frameworks-or-drivers");
  });

  it("fails on an import cycle, storage reaching into a channel, PKI building routes, a channel importing another", () => {
    const result = depcruise("test/fixtures/layering");
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/no-circular: test\/fixtures\/layering\/cycle\/(first|second)\.ts/);
    expect(result.output).toContain(
      "infrastructure-not-to-doors: test/fixtures/layering/adapters/db/reaches-into-web.ts",
    );
    expect(result.output).toContain(
      "pki-builds-no-http: test/fixtures/layering/adapters/pki/builds-routes.ts",
    );
    expect(result.output).toContain(
      "telegram-channel-is-a-leaf: test/fixtures/layering/adapters/slack/reaches-into-telegram.ts",
    );
  });
});
