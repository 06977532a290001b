/**
 * `mm revoke --reason` takes a reason spelled exactly (test/helpers/refused-revocation-reasons.ts:
 * `KEYCOMPROMISE` is refused). A reason typed in another letter case or with separators
 * (`keycompromise`, `KEY_COMPROMISE`, `key-compromise`) was refused as "not a revocation reason",
 * which it is; `certificatehold` lost the irreversibility explanation `certificateHold` gets. The
 * refusal now names the reason meant, and nothing is revoked either way.
 */
import { describe, expect, it } from "vitest";
import { revokeCommand } from "../../../adapters/cli/commands/certificate-commands.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";

async function revoke(reason: string): Promise<unknown> {
  const command = revokeCommand().exitOverride();
  command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  return command.parseAsync(["--serial", "0a", "--reason", reason], { from: "user" }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("mm revoke --reason spelled otherwise", () => {
  useEmptyDataFolder("mm-revoke-reason-spelling-");

  it.each([
    ["keycompromise", "keyCompromise"],
    ["KEYCOMPROMISE", "keyCompromise"],
    ["KEY_COMPROMISE", "keyCompromise"],
    ["key-compromise", "keyCompromise"],
    ["Cessation Of Operation", "cessationOfOperation"],
    ["privilegewithdrawn", "privilegeWithdrawn"],
  ])("%j is refused naming %s as the reason meant", async (typed, meant) => {
    const error = await revoke(typed);
    expect(error).toMatchObject({ code: "invalid_reason" });
    const message = (error as Error).message;
    expect(message).toContain(`did you mean ${meant}?`);
    expect(message).not.toContain("it is not a revocation reason");
  });

  it.each(["certificatehold", "CERTIFICATE_HOLD"])(
    "%j is refused as a hold is: a revocation is irreversible",
    async (typed) => {
      const message = ((await revoke(typed)) as Error).message;
      expect(message).toContain("a revocation is irreversible");
      expect(message).not.toContain("did you mean");
    },
  );

  it("a word that is no reason is still 'not a revocation reason'", async () => {
    expect(((await revoke("lost")) as Error).message).toContain("it is not a revocation reason");
  });
});
