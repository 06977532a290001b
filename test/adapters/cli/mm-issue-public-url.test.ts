import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caCommand } from "../../../adapters/cli/commands/ca-commands.ts";
import { issueCommand } from "../../../adapters/cli/commands/issue-command.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";

/** Runs a command in process; what it threw (if anything) and what it wrote on stderr. */
async function run(command: Command, ...args: string[]): Promise<{ error: unknown; stderr: string }> {
  command.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  for (const sub of command.commands)
    sub.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  let stderr = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const error = await command.parseAsync(args, { from: "user" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, stderr };
  } finally {
    spy.mockRestore();
  }
}

const names = ["MM_PUBLIC_URL", "PORT", "NODE_ENV"] as const;
const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const n of names) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
});

describe("mm issue: the URLs written into certificates (outside tester: localhost:3000 while the service ran elsewhere)", () => {
  const folder = useEmptyDataFolderPath("mm-issue-url-");

  it("in production without MM_PUBLIC_URL it refuses before anything is opened or issued", async () => {
    process.env.NODE_ENV = "production";
    delete process.env.MM_PUBLIC_URL;
    const { error } = await run(issueCommand(), "--vkn", "4540536920", "--title", "Deneme Ltd", "--direct");
    expect(error).toMatchObject({ code: "bad_arguments" });
    expect((error as Error).message).toMatch(
      /^MM_PUBLIC_URL is not set: NODE_ENV=production never writes http:\/\/localhost:\d+ into certificates/,
    );
  });

  it("in development without MM_PUBLIC_URL it issues with http://localhost:<PORT> and warns, naming the URLs", async () => {
    delete process.env.MM_PUBLIC_URL;
    process.env.PORT = "3999";
    expect((await run(caCommand(), "init")).error).toBeUndefined();
    const out = join(folder(), "dev.pem");
    const { error, stderr } = await run(
      issueCommand(),
      ...["--vkn", "4540536920", "--title", "Deneme Ltd", "--direct", "--out", out],
    );
    expect(error).toBeUndefined();
    expect(stderr).toContain(
      "warning: MM_PUBLIC_URL is not set; the certificates name the development default http://localhost:3999: CRL http://localhost:3999/crl/issuing.crl, OCSP http://localhost:3999/ocsp, CA http://localhost:3999/ca/issuing.crt, CPS http://localhost:3999/ilke",
    );
    expect(new X509Certificate(readFileSync(out)).infoAccess).toContain(
      "OCSP - URI:http://localhost:3999/ocsp",
    );
  }, 60_000);

  it("with MM_PUBLIC_URL the certificate names it and no warning is printed", async () => {
    process.env.MM_PUBLIC_URL = "https://mm.example.com.tr";
    process.env.NODE_ENV = "development";
    const out = join(folder(), "public.pem");
    const { error, stderr } = await run(
      issueCommand(),
      ...["--vkn", "4540536920", "--title", "Deneme Ltd", "--direct", "--out", out],
    );
    expect(error).toBeUndefined();
    expect(stderr).not.toContain("MM_PUBLIC_URL");
    const der = new X509Certificate(readFileSync(out)).raw.toString("latin1");
    expect(der).toContain("https://mm.example.com.tr/crl/issuing.crl");
    expect(der).not.toContain("localhost");
  }, 60_000);
});

/** {@link useEmptyDataFolder}, and the folder that holds the data folder (for --out files). */
function useEmptyDataFolderPath(prefix: string): () => string {
  useEmptyDataFolder(prefix);
  return () => join(process.env.MM_DATA_DIR!, "..");
}
