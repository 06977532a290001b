import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm iptal with the everyday words for a stolen or lost card (R7.2)", () => {
  let s: SlackConsoleStack;
  let serial: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await proveContacts(s.harness.deps);
    ({ serial } = await issueCard(s.harness, "pos-everyday-1"));
  });
  afterAll(async () => s?.dispose());

  it.each(["çalındı", "calindi", "ÇALINDI", "kayboldu", "Kayboldu"])(
    "%j is the stolen/lost reason: the caller's verification is asked for, not the usage line",
    async (word) => {
      for (const subject of [serial, "3230512384"]) {
        const text = await s.agent.runCommand(`/mm iptal ${subject} ${word}`);
        expect(text).not.toContain("kayip|calinti|gib|kotuye");
        expect(text).toContain("Önce arayanın kimliğini teyit edin");
      }
      expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
    },
  );
});
