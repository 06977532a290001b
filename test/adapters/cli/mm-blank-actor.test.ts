import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { revokeCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import {
  orderCommand,
  paymentCommand,
  revocationCommand,
} from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";

/** Runs an RA command group (or `mm revoke`) in process; a blank actor is refused before any storage is opened. */
async function run(group: Command, args: string[]): Promise<unknown> {
  group.exitOverride();
  group.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  for (const sub of group.commands)
    sub.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  return group.parseAsync(args, { from: "user" }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("mm: a blank --actor or --agent is refused with [required]", () => {
  useEmptyDataFolder("mm-blank-actor-");

  const order = "MM1234567890";
  it.each<[string, () => Command, string[]]>([
    ["order hsm-step", orderCommand, ["hsm-step", "--order", order, "--step", "firm_ready", "--actor"]],
    ["order ship", orderCommand, ["ship", "--order", order, "--tracking", "TR1", "--actor"]],
    ["order deliver", orderCommand, ["deliver", "--order", order, "--recipient", "signatory", "--actor"]],
    ["payment refund", paymentCommand, ["refund", "--order", order, "--reason", "ca_error", "--actor"]],
    ["revocation request", revocationCommand, ["request", "--serial", "0a", "--reason", "gib", "--agent"]],
    ["revocation approve", revocationCommand, ["approve", "--id", "r1", "--agent"]],
    ["revocation reject", revocationCommand, ["reject", "--id", "r1", "--agent"]],
    ["revoke", revokeCommand, ["--serial", "0a", "--reason", "keyCompromise", "--actor"]],
  ])("%s", async (_name, group, args) => {
    for (const blank of ["", "  ", "\t"]) {
      const error = await run(group(), [...args, blank]);
      expect(error, JSON.stringify(blank)).toMatchObject({ code: "required" });
      expect((error as Error).message).toMatch(/^--(actor|agent) must name who acts/);
    }
  });
});
