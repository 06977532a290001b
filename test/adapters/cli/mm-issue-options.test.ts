/**
 * `mm issue` and `mm ca init` check their options before anything is opened, in the order of the
 * options (the VKN/TCKN first, then the unvan), each error naming the option the operator typed
 * (outside tester: `issue --vkn abc` was `[invalid_vkn]` after "opening storage…", a bad title was
 * reported before a bad VKN without naming --title, and `ca init --key '…pin-value=…'` blamed MM_CA_KEY).
 */
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { caCommand } from "../../../adapters/cli/commands/ca-commands.ts";
import { issueCommand } from "../../../adapters/cli/commands/issue-command.ts";
import { useEmptyDataFolder } from "../../helpers/empty-data-folder.ts";
import { runInProcess } from "../../helpers/mm-cli.ts";

/** What `command` threw and whether it opened storage (wrote "opening storage…" or made the folder). */
async function refused(command: ReturnType<typeof issueCommand>, ...args: string[]) {
  let stderr = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const error = await runInProcess(command, ...args);
    return { error, opened: stderr.includes("opening storage") || existsSync(process.env.MM_DATA_DIR!) };
  } finally {
    spy.mockRestore();
  }
}

const savedKey = process.env.MM_CA_KEY;
afterEach(() => {
  if (savedKey === undefined) delete process.env.MM_CA_KEY;
  else process.env.MM_CA_KEY = savedKey;
});

describe("mm issue: options checked first, in order, naming the option", () => {
  useEmptyDataFolder("mm-issue-options-");

  it("--vkn abc is [invalid_vkn_format], before storage is opened", async () => {
    const { error, opened } = await refused(
      issueCommand(),
      "--vkn",
      "abc",
      "--title",
      "Örnek A.Ş.",
      "--direct",
    );
    expect(error).toMatchObject({
      code: "invalid_vkn_format",
      message: "--vkn is a VKN of 10 digits or a TCKN of 11",
    });
    expect(opened).toBe(false);
  });

  it("a VKN failing its checksum is reported before a bad title", async () => {
    const { error, opened } = await refused(
      issueCommand(),
      "--vkn",
      "4540536921",
      "--title",
      "X",
      "--direct",
    );
    expect(error).toMatchObject({ code: "invalid_vkn", message: "the VKN/TCKN fails its checksum" });
    expect(opened).toBe(false);
  });

  it("a bad title names --title and the unvan", async () => {
    const { error, opened } = await refused(
      issueCommand(),
      "--vkn",
      "4540536920",
      "--title",
      "X",
      "--direct",
    );
    expect(error).toMatchObject({
      code: "invalid_title",
      message: "--title: the unvan must have 2 to 256 characters",
    });
    expect(opened).toBe(false);
  });

  it("a --token carrying a PIN is [pin_in_uri] naming --token, before anything is issued", async () => {
    const token = "pkcs11:token=card;object=seal;pin-value=123456";
    const { error, opened } = await refused(
      issueCommand(),
      ...["--vkn", "4540536920", "--title", "Deneme Ltd", "--direct", "--token", token],
    );
    expect(error).toMatchObject({ code: "pin_in_uri" });
    expect((error as Error).message).toMatch(/^--token must not carry a PIN/);
    expect((error as Error).message).not.toContain("123456");
    expect(opened).toBe(false);
  });
});

describe("mm ca init --key: errors name --key, not MM_CA_KEY", () => {
  useEmptyDataFolder("mm-ca-key-");

  it("a PIN in --key is [pin_in_uri]", async () => {
    delete process.env.MM_CA_KEY;
    const { error, opened } = await refused(
      caCommand(),
      ...["init", "--key", "pkcs11:token=ca-hsm;object=issuing-ca;pin-value=123456"],
    );
    expect(error).toMatchObject({
      code: "pin_in_uri",
      message: "--key must not carry a PIN (use MM_PKCS11_PIN_SOURCE)",
    });
    expect(opened).toBe(false);
  });

  it("a --key that is no key URI is [invalid_key_uri]", async () => {
    delete process.env.MM_CA_KEY;
    const { error, opened } = await refused(caCommand(), "init", "--key", "issuing-ca");
    expect(error).toMatchObject({
      code: "invalid_key_uri",
      message: "--key must be a key URI (pkcs11:… or softkey:…)",
    });
    expect(opened).toBe(false);
  });
});
