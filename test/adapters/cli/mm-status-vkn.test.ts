import { describe, expect, it } from "vitest";
import { statusCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";

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
  useEmptyDataFolder("mm-status-vkn-");

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
