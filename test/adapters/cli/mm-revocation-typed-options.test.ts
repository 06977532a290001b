/**
 * The operator CLI's revocation options as an operator pastes or types them: `revocation approve
 * --id IP-7K2M9QXA.` (copied from a sentence) or `--id '#IP-…'` (from a channel message) kept the
 * punctuation and found no request; `revocation request --reason GIB` (or `GİB`, ` Misuse `) and
 * `payment refund --reason CA_ERROR` were refused as `[invalid_reason]`, the reasons being read
 * case-sensitively. And `status --vkn` for a VKN without certificates printed the VKN unmasked on
 * stderr (`[unknown_subject]`), which is personal data. Now the id is read without its wrapping,
 * the reasons in any letter case, and the VKN is masked.
 */
import { describe, expect, it } from "vitest";
import { useCaDataFolder } from "../../helpers/empty-data-folder.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
import { validVkns } from "../../helpers/valid-vkns.ts";

const [first, second, stranger] = validVkns(3, 454_053_692);

describe("mm revocation --id and --reason as typed; unknown_subject masked", () => {
  const env = useCaDataFolder("mm-revocation-typed-");
  const mm = (...args: string[]) => mmWith({ ...env })(...args);

  async function signingSerial(vkn: string): Promise<string> {
    expect((await mm("issue", "--vkn", vkn, "--title", "Deneme Ltd", "--direct")).code).toBe(0);
    const status = await mm("status", "--vkn", vkn);
    return /^([0-9a-f]+)\tsign\t/m.exec(status.stdout)![1]!;
  }

  async function request(serial: string, reason: string): Promise<string> {
    const asked = await mm("revocation", "request", "--serial", serial, "--reason", reason, "--agent", "U1");
    expect(asked.stderr, reason).not.toContain("mm:");
    return /^request\t(IP-[A-Z0-9]{8})\tpending\t/m.exec(asked.stdout)![1]!;
  }

  it("--reason GIB / GİB / ' Misuse ' open a request; --id with punctuation or # decides it", async () => {
    const serial = await signingSerial(first!);
    const id = await request(serial, "GIB");
    const rejected = await mm("revocation", "reject", "--id", `#${id.toLowerCase()},`, "--agent", "U2");
    expect(rejected.stderr).not.toContain("mm:");
    expect(rejected.stdout).toMatch(new RegExp(`^request\t${id}\trejected\t`, "m"));
    const again = await request(serial, " Misuse ");
    const reason = await mm("revocation", "reject", "--id", `"${again}".`, "--agent", "U2");
    expect(reason.stdout).toMatch(/\trejected\t/);
    const last = await request(serial, "GİB");
    const approved = await mm("revocation", "approve", "--id", `${last}.`, "--agent", "U2");
    expect(approved.stderr).not.toContain("mm:");
    expect(approved.stdout).toMatch(new RegExp(`^revoked\t${serial}\t`, "m"));
  }, 120_000);

  it("a reason that is none stays [invalid_reason]; a blank --id is [required]", async () => {
    const serial = await signingSerial(second!);
    const refused = await mm(
      "revocation",
      "request",
      "--serial",
      serial,
      "--reason",
      "kayip",
      "--agent",
      "U1",
    );
    expect(refused.stderr).toContain("[invalid_reason]");
    expect((await mm("revocation", "approve", "--id", " . ", "--agent", "U2")).stderr).toContain(
      "[required]",
    );
  }, 120_000);

  it("payment refund --reason CUSTOMER_REQUEST is the reason: the order is looked up", async () => {
    const refund = await mm(
      "payment",
      "refund",
      "--order",
      "MM1234567890",
      "--reason",
      "CUSTOMER_REQUEST",
      "--actor",
      "op1",
    );
    expect(refund.stderr).not.toContain("[invalid_reason]");
    expect(refund.stderr).toContain("[unknown_order]");
  }, 60_000);

  it("status --vkn of a VKN without certificates: [unknown_subject] with the VKN masked", async () => {
    const run = await mm("status", "--vkn", stranger!);
    expect(run.stderr).toContain("[unknown_subject]");
    expect(run.stderr).not.toContain(stranger!);
    expect(run.stderr).toContain(`${stranger!.slice(0, 2)}******${stranger!.slice(-2)}`);
  }, 60_000);
});
