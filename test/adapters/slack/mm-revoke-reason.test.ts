import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm iptal reasons on the Slack console", () => {
  let s: SlackConsoleStack;
  let serial: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await proveContacts(s.harness.deps);
    ({ serial } = await issueCard(s.harness, "pos-reason-1"));
  });
  afterAll(async () => s?.dispose());

  it.each([
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "certificateHold",
    "removeFromCRL",
    "keyCompromise",
  ])(
    "refuses %j with the usage line naming the allowed reasons; nothing is asked or revoked",
    async (word) => {
      for (const subject of [serial, "3230512384"]) {
        const text = await s.agent.runCommand(`/mm iptal ${subject} ${word}`);
        expect(text).toContain("kayip|calinti|gib|kotuye");
        expect(text).not.toMatch(/\bat \w+ \(|Error:|undefined|\[object/);
      }
      expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
      expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
    },
  );

  it.each(["constructor", "__proto__", "toString"])(
    "a subcommand named %j is unknown, not a crash",
    async (word) => {
      const text = await s.agent.runCommand(`/mm ${word}`);
      expect(text).toContain("bilinmeyen");
    },
  );

  it("an allowed reason still opens a request", async () => {
    const text = await s.agent.runCommand(`/mm iptal ${serial} kotuye`);
    expect(text).toContain("onay");
    expect(await s.harness.database.db.revocationRequest.count()).toBe(1);
  });
});
