/**
 * The writing commands (`crl`, `audit checkpoint`, `jobs run`, `issue`, the payment, order and
 * revocation-request commands) on storage without a CA: in production they refused only once
 * storage was opened, the data folder and database created, and failed on whatever production
 * missed next; now they answer `[ca_missing]` as the read-only commands do and create nothing. In
 * development they create the development CA and say so in one line on stderr (it was a JSON log
 * line on stdout, among the results).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditCommand } from "../../../adapters/cli/commands/audit-commands.ts";
import { crlCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { issueCommand } from "../../../adapters/cli/commands/issue-command.ts";
import {
  jobsCommand,
  orderCommand,
  paymentCommand,
  revocationCommand,
} from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { mmOn, runInProcess } from "../../helpers/mm-cli.ts";

const run = runInProcess;

const order = "MM1234567890";
const writing: [string, () => Command, string[]][] = [
  ["crl", crlCommand, []],
  ["audit checkpoint", auditCommand, ["checkpoint"]],
  ["jobs run", jobsCommand, ["run"]],
  ["issue --direct", issueCommand, ["--vkn", "4540536920", "--title", "Deneme Ltd", "--direct"]],
  ["issue --order", issueCommand, ["--vkn", "4540536920", "--title", "Deneme Ltd", "--order", order]],
  [
    "payment record",
    paymentCommand,
    ["record", "--order", order, "--channel", "sanalpos", "--ref", "R1", "--amount", "175000"],
  ],
  ["payment refund", paymentCommand, ["refund", "--order", order, "--reason", "ca_error", "--actor", "op"]],
  ["order hsm-step", orderCommand, ["hsm-step", "--order", order, "--step", "firm_ready", "--actor", "op"]],
  ["order ship", orderCommand, ["ship", "--order", order, "--tracking", "T1", "--actor", "op"]],
  ["order deliver", orderCommand, ["deliver", "--order", order, "--recipient", "signatory", "--actor", "op"]],
  [
    "revocation request",
    revocationCommand,
    ["request", "--serial", "0a1b2c3d", "--reason", "gib", "--agent", "U1"],
  ],
  ["revocation approve", revocationCommand, ["approve", "--id", "r1", "--agent", "U2"]],
  ["revocation reject", revocationCommand, ["reject", "--id", "r1", "--agent", "U2"]],
];

describe("writing mm commands in production on a data folder without a CA", () => {
  useEmptyDataFolder("mm-writing-no-ca-");
  const names = ["NODE_ENV", "MM_PUBLIC_URL", "MM_KEY_PASSPHRASE"] as const;
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  beforeEach(() => {
    process.env.NODE_ENV = "production";
    process.env.MM_PUBLIC_URL = "https://mm.example.com.tr";
    process.env.MM_KEY_PASSPHRASE = "bir üretim parolası 2026";
  });
  afterEach(() => {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });

  it.each(writing)(
    "%s answers [ca_missing] and creates no CA, no keys, no data folder",
    async (_name, command, args) => {
      const error = await run(command(), ...args);
      expect(error).toMatchObject({ code: "ca_missing" });
      expect((error as Error).message).toMatch(/^no CA in storage .*: run `npm run mm -- ca init`/);
      expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    },
  );
});

describe("writing mm commands in development on a data folder without a CA", () => {
  const dir = mkdtempSync(join(tmpdir(), "mm-writing-dev-ca-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const developmentCa = /development CA created/;

  it.each([
    ["crl", ["crl"], /^crl\t1\t0 entries\tnext update \S+\n$/],
    ["jobs run", ["jobs", "run"], /^[^{]*$/],
  ])(
    "%s creates the development CA and says so in one line on stderr; stdout has only the results",
    async (name, args, stdout) => {
      const mm = mmOn(join(dir, name.replace(/\W/g, "-")));
      const first = await mm(...args);
      expect(first.code, first.stderr).toBe(0);
      const said = first.stderr.split("\n").filter((line) => developmentCa.test(line));
      expect(said).toEqual([expect.stringMatching(/^mm: warning: development CA created/)]);
      expect(first.stdout).toMatch(stdout);
      expect(first.stdout).not.toMatch(developmentCa);
      // the next command finds the CA: nothing is created, nothing said
      const second = await mm(...args);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr + second.stdout).not.toMatch(developmentCa);
    },
    120_000,
  );
});
