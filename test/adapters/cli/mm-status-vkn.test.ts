import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusCommand } from "../../../adapters/cli/commands/certificate-commands.ts";

/** Runs `mm status` in process; an invalid VKN/TCKN is refused before any storage is opened. */
async function status(...args: string[]): Promise<unknown> {
  const command = statusCommand().exitOverride();
  command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  return command.parseAsync(args, { from: "user" }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("mm status --vkn with an invalid VKN/TCKN", () => {
  // Were the number accepted, the command would open this (empty) data folder, never the project's.
  const dir = mkdtempSync(join(tmpdir(), "mm-status-vkn-"));
  const saved = { dataDir: process.env.MM_DATA_DIR, url: process.env.DATABASE_URL };
  beforeAll(() => {
    process.env.MM_DATA_DIR = join(dir, "data");
    process.env.DATABASE_URL = "";
  });
  afterAll(() => {
    for (const [key, value] of [
      ["MM_DATA_DIR", saved.dataDir],
      ["DATABASE_URL", saved.url],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["123", "454053692", "abcdefghij", "454 053 6920x"])(
    "%j is not a VKN (10 digits) or TCKN (11 digits): [invalid_vkn_format]",
    async (typed) => {
      expect(await status("--vkn", typed)).toMatchObject({ code: "invalid_vkn_format" });
    },
  );

  it.each(["4540536921", "17291716050", "9999999999"])(
    "%j fails its checksum: [invalid_vkn], not [unknown_serial]",
    async (typed) => {
      const error = await status("--vkn", typed);
      expect(error).toMatchObject({ code: "invalid_vkn" });
      expect((error as Error).message).toBe("the VKN/TCKN fails its checksum");
    },
  );
});
