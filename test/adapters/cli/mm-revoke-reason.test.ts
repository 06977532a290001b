import { describe, expect, it } from "vitest";
import { revokeCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { revocationCommand } from "../../../adapters/cli/commands/ra-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { refusedReasonNames } from "../../helpers/refused-revocation-reasons.ts";

/** Runs `mm revoke` in process; the reason is checked before any storage or key is opened. */
async function revoke(reason: string): Promise<unknown> {
  const command = revokeCommand().exitOverride();
  command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  try {
    await command.parseAsync(["--serial", "0a", "--reason", reason], { from: "user" });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("mm revoke --reason", () => {
  useEmptyDataFolder("mm-revoke-reason-");

  it.each(refusedReasonNames)("refuses %j with the allowed list, before touching the CA", async (reason) => {
    const error = await revoke(reason);
    expect(error).toMatchObject({ code: "invalid_reason" });
    expect((error as Error).message).toContain(
      "Allowed reasons: unspecified, keyCompromise, cACompromise, affiliationChanged, superseded, cessationOfOperation, privilegeWithdrawn",
    );
  });

  it.each(["constructor", "__proto__", "toString", "keyCompromise", "kayip"])(
    "mm revocation request refuses %j (only gib or misuse need a second agent)",
    async (reason) => {
      const command = revocationCommand().exitOverride();
      for (const sub of command.commands) sub.exitOverride();
      const error = await command
        .parseAsync(["request", "--serial", "0a", "--reason", reason, "--agent", "U1"], { from: "user" })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toMatchObject({ code: "invalid_reason" });
    },
  );

  it("names the allowed reasons in --help", () => {
    const help = revokeCommand().helpInformation();
    expect(help).toContain("privilegeWithdrawn");
    expect(help).not.toContain("certificateHold");
    expect(help).not.toContain("removeFromCRL");
  });
});
