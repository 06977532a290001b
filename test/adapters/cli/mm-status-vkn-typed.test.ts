/**
 * `mm status --vkn` reads a VKN/TCKN as the Slack console's `/mm durum` reads it: with its label
 * ("VKN: 4540536920", "vergi kimlik no 454 053 6920") and in digit groups ("454 053 6920",
 * "454.053.69.20", "454-053-6920"), pasted with a full-width digit or a zero-width space. Before,
 * an operator pasting the number from the console's answer or a form got `[invalid_vkn_format]`
 * for a firm that has certificates. Anything else stays refused before storage is opened. Likewise
 * `--serial` after its label ("Seri: …", "seri no", "Serial Number:", "S/N"), as `/mm durum` reads it.
 */
import type { Command } from "commander";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { statusCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { revocationCommand } from "../../../adapters/cli/commands/ra-commands.ts";
import { type DataFolderEnv, useCaDataFolder } from "../../helpers/empty-data-folder.ts";
import { runScript } from "../../helpers/processes.ts";

const vkn = "4540536920";

async function mm(env: DataFolderEnv, ...args: string[]) {
  const run = runScript("adapters/cli/main.ts", { ...env }, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Runs `mm status` in process on the test's data folder: its stdout lines, or the error thrown. */
async function status(...args: string[]): Promise<{ out: string; error?: unknown }> {
  return run(statusCommand(), ...args);
}

/** Runs a CLI command in process on the test's data folder: its stdout lines, or the error thrown. */
async function run(command: Command, ...args: string[]): Promise<{ out: string; error?: unknown }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    lines.push(parts.join(" "));
  });
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
  command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  try {
    await command.parseAsync(args, { from: "user" });
    return { out: lines.join("\n") };
  } catch (error) {
    return { out: lines.join("\n"), error };
  } finally {
    log.mockRestore();
  }
}

describe("mm status --vkn reads a VKN/TCKN as typed or pasted", () => {
  // MM_DATA_DIR and DATABASE_URL point at a folder with a CA for these tests, restored afterwards
  const env = useCaDataFolder("mm-status-typed-");
  let expected: string;
  beforeAll(async () => {
    expect((await mm(env, "issue", "--vkn", vkn, "--title", "Deneme Ltd", "--direct")).code).toBe(0);
    expected = (await status("--vkn", vkn)).out;
    expect(expected).toMatch(/\tsign\tvalid\t/);
  }, 120_000);

  it.each([
    "454 053 6920",
    "454.053.69.20",
    "454-053-6920",
    "VKN: 4540536920",
    "vkn:4540536920",
    "Vergi kimlik no 454 053 6920",
    "Tax ID: 454 053 69 20",
    " 4540536920 ",
    "４540536920",
    "4540\u200b536920",
  ])("%j is the VKN: the same lines as the plain number", async (typed) => {
    const read = await status("--vkn", typed);
    expect(read.error).toBeUndefined();
    expect(read.out).toBe(expected);
  });

  it("--serial pasted with its label, as the console reads it, is the certificate", async () => {
    const serial = /^([0-9a-f]+)\tsign\t/m.exec(expected)![1]!;
    const pairs = serial.match(/../g)!.join(" ");
    for (const typed of [
      `Seri: ${serial}`,
      `seri no ${pairs}`,
      `Sertifika Seri Numarası: ${serial.toUpperCase()}`,
      `Serial Number: 0x${serial}`,
      `S/N ${serial}`,
      `Seri:${serial}`,
    ]) {
      const read = await status("--serial", typed);
      expect(read.error, typed).toBeUndefined();
      expect(read.out, typed).toMatch(new RegExp(`^${serial}\tsign\tvalid`));
    }
    expect((await status("--serial", "Seri: merhaba")).error).toMatchObject({ code: "invalid_serial" });
  });

  it("revocation request --serial reads the serial the same way; a non-serial is refused before storage", async () => {
    const serial = /^([0-9a-f]+)\tsign\t/m.exec(expected)![1]!;
    const asked = await run(
      revocationCommand(),
      "request",
      "--serial",
      `Seri No: ${serial}`,
      "--reason",
      "gib",
      "--agent",
      "U1",
    );
    expect(asked.error).toBeUndefined();
    expect(asked.out).toMatch(new RegExp(`^request\tIP-[A-Z0-9]{8}\tpending\t${serial}$`));
    const refused = await run(
      revocationCommand(),
      "request",
      "--serial",
      "merhaba",
      "--reason",
      "gib",
      "--agent",
      "U1",
    );
    expect(refused.error).toMatchObject({ code: "invalid_serial" });
  });

  it("a masked VKN pasted back is named masked: [invalid_vkn_format]", async () => {
    const read = await status("--vkn", "VKN 45******20");
    expect(read.error).toMatchObject({ code: "invalid_vkn_format" });
    expect((read.error as Error).message).toContain("masked");
    expect(read.out).toBe("");
  });

  it.each([
    ["45******20", "invalid_vkn_format"],
    ["454 053 6920 x", "invalid_vkn_format"],
    ["VKN: 454 053 692", "invalid_vkn_format"],
    ["4540536920 3230512384", "invalid_vkn_format"],
    ["TCKN: 4540536921", "invalid_vkn"],
    ["454 053 6921", "invalid_vkn"],
  ])("%j is still refused with [%s]", async (typed, code) => {
    const read = await status("--vkn", typed);
    expect(read.error).toMatchObject({ code });
    expect(read.out).toBe("");
  });
});
