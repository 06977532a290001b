/**
 * `mm order hsm-step` on an empty data folder (outside production) created the development CA, its
 * keys and the database, then answered `[unknown_order]`: a command refused for what it names left a
 * CA behind. The commands that act on an order, a certificate or a revocation request that must
 * exist already (order hsm-step, ship and deliver; payment record and refund; revocation request,
 * approve and reject) now answer `[ca_missing]` on storage without a CA, as `revoke` and the
 * read-only commands do, and create nothing; an option they refuse by its shape (an order number,
 * an HSM step, a copy count) is refused before storage is opened.
 */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import {
  orderCommand,
  paymentCommand,
  revocationCommand,
} from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { runInProcess } from "../../helpers/mm-cli.ts";

const order = "MM1234567890";

describe("mm commands acting on what must exist, on a data folder without a CA (development)", () => {
  useEmptyDataFolder("mm-acting-no-ca-");

  it.each<[string, () => Command, string[]]>([
    ["order hsm-step", orderCommand, ["hsm-step", "--order", order, "--step", "firm_ready", "--actor", "op"]],
    ["order ship", orderCommand, ["ship", "--order", order, "--tracking", "TR123456", "--actor", "op"]],
    [
      "order deliver",
      orderCommand,
      ["deliver", "--order", order, "--recipient", "signatory", "--actor", "op"],
    ],
    [
      "payment record",
      paymentCommand,
      ["record", "--order", order, "--channel", "sanalpos", "--ref", "R1", "--amount", "175000"],
    ],
    ["payment refund", paymentCommand, ["refund", "--order", order, "--reason", "ca_error", "--actor", "op"]],
    [
      "revocation request",
      revocationCommand,
      ["request", "--serial", "0a1b2c3d", "--reason", "gib", "--agent", "U1"],
    ],
    ["revocation approve", revocationCommand, ["approve", "--id", "IP-7K2M9QXA", "--agent", "U2"]],
    ["revocation reject", revocationCommand, ["reject", "--id", "IP-7K2M9QXA", "--agent", "U2"]],
  ])(
    "%s answers [ca_missing] and creates no CA, no keys, no data folder",
    async (_name, command, args) => {
      const error = await runInProcess(command(), ...args);
      expect(error).toMatchObject({ code: "ca_missing" });
      expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    },
    60_000,
  );

  it.each<[string, string[], string]>([
    ["an order number of another shape", ["--order", "MM123", "--step", "firm_ready"], "invalid_order_no"],
    ["an unknown step", ["--order", order, "--step", "documents_checked"], "invalid_step"],
    [
      "the first step, recorded when the payment posts",
      ["--order", order, "--step", "instructions_sent"],
      "invalid_step",
    ],
    [
      "copies that are no number",
      ["--order", order, "--step", "service_report_signed", "--copies", "iki"],
      "report_needs_two_copies",
    ],
  ])("order hsm-step with %s is refused before storage is opened", async (_name, args, code) => {
    const error = await runInProcess(orderCommand(), "hsm-step", ...args, "--actor", "op");
    expect(error).toMatchObject({ code });
    expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
  });

  it.each<[string, () => Command, string[]]>([
    ["order ship", orderCommand, ["ship", "--order", "MM12", "--tracking", "TR123456", "--actor", "op"]],
    [
      "order deliver",
      orderCommand,
      ["deliver", "--order", "12345", "--recipient", "signatory", "--actor", "op"],
    ],
    [
      "payment record",
      paymentCommand,
      ["record", "--order", "order-1", "--channel", "sanalpos", "--ref", "R1", "--amount", "175000"],
    ],
    ["payment refund", paymentCommand, ["refund", "--order", "MM", "--reason", "ca_error", "--actor", "op"]],
  ])(
    "%s with an order number of another shape is [invalid_order_no] before storage is opened",
    async (_n, command, args) => {
      const error = await runInProcess(command(), ...args);
      expect(error).toMatchObject({ code: "invalid_order_no" });
      expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    },
  );
});
