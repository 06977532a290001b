import { existsSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { auditCommand } from "../../../adapters/cli/commands/audit-commands.ts";
import { caCommand } from "../../../adapters/cli/commands/ca-commands.ts";
import { revokeCommand, statusCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { orderCommand } from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { runInProcess } from "../../helpers/mm-cli.ts";

const run = runInProcess;

describe("read-only mm commands on a data folder without a CA (outside tester)", () => {
  useEmptyDataFolder("mm-read-only-");

  it.each<[string, () => Command, string[]]>([
    ["status --vkn", statusCommand, ["--vkn", "3230512384"]],
    ["status --serial", statusCommand, ["--serial", "0a1b2c3d"]],
    ["audit verify", auditCommand, ["verify"]],
    ["order status", orderCommand, ["status", "MM1234567890"]],
    ["revoke", revokeCommand, ["--serial", "0a1b2c3d", "--reason", "keyCompromise"]],
  ])("%s answers [ca_missing] and creates no CA, no keys, no data folder", async (_name, command, args) => {
    const error = await run(command(), ...args);
    expect(error).toMatchObject({ code: "ca_missing" });
    expect((error as Error).message).toMatch(/^no CA in storage .*: run `npm run mm -- ca init`/);
    expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
  });
});

describe("mm status: a serial that is not hexadecimal, a VKN with no certificate (outside tester)", () => {
  useEmptyDataFolder("mm-status-refusals-");

  it.each(["MM123", "12345678901", "order-1"])(
    "order status %j is refused with [invalid_order_no] before storage is opened",
    async (typed) => {
      const error = await run(orderCommand(), "status", typed);
      expect(error).toMatchObject({ code: "invalid_order_no" });
      expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    },
  );

  it.each(["nothex", "0x", "12:zz", "0a1b 2c3g"])(
    "--serial %j is refused with [invalid_serial] before storage is opened",
    async (typed) => {
      const error = await run(statusCommand(), "--serial", typed);
      expect(error).toMatchObject({ code: "invalid_serial" });
      expect((error as Error).message).toMatch(/^--serial is a certificate serial in hexadecimal/);
      expect(existsSync(process.env.MM_DATA_DIR!)).toBe(false);
    },
  );

  it("with a CA: a valid VKN with no certificate is [unknown_subject], an unknown hex serial [unknown_serial]", async () => {
    expect(await run(caCommand(), "init")).toBeUndefined();
    const byVkn = await run(statusCommand(), "--vkn", "3230512384");
    expect(byVkn).toMatchObject({ code: "unknown_subject" });
    expect((byVkn as Error).message).toBe("no certificate for VKN/TCKN 32******84");
    const bySerial = await run(statusCommand(), "--serial", "0a1b2c3d");
    expect(bySerial).toMatchObject({ code: "unknown_serial" });
    expect((bySerial as Error).message).toBe("no certificate with serial 0a1b2c3d");
  }, 60_000);
});
