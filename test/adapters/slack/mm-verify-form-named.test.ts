/**
 * A verification started by serial (`/mm kimlik <seri>`) was answered "Arayandan kodu alıp `/mm dogrula
 * <VKN> <kod>` yazın", and `iptal <seri>` before it "`/mm kimlik <VKN>` ve `/mm dogrula <VKN> <kod>`":
 * the agent, who has only the serial, was told to type a VKN. Each names the form the agent started
 * with: the serial itself.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm answers name the serial the agent started with", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it("kimlik <seri>: the dogrula form named is the serial's", async () => {
    const { serial } = await issueCard(s.harness, "pos-form-kimlik");
    const said = await s.agent.runCommand(`/mm kimlik ${serial}`, "U1");
    expect(said).toContain(`/mm dogrula ${serial} <kod>`);
    expect(said).not.toContain("/mm dogrula <VKN>");
  });

  it("kimlik <VKN>: the VKN form as before", async () => {
    await issueCard(s.harness, "pos-form-vkn");
    const said = await s.agent.runCommand("/mm kimlik 3230512384", "U1");
    expect(said).toContain("/mm dogrula <VKN> <kod>");
  });

  it.each(["iptal {serial} kayip", "iptal kayip Seri: {serial}"])(
    "%s before verification: kimlik and dogrula named with the serial",
    async (line) => {
      const { serial } = await issueCard(s.harness, "pos-form-iptal");
      const said = await s.agent.runCommand(`/mm ${line.replace("{serial}", serial)}`, "U1");
      expect(said).toContain(`/mm kimlik ${serial}`);
      expect(said).toContain(`/mm dogrula ${serial} <kod>`);
      expect(said).not.toContain("<VKN>");
    },
  );

  it("iptal <VKN> before verification: the VKN form as before", async () => {
    await issueCard(s.harness, "pos-form-iptal-vkn");
    const said = await s.agent.runCommand("/mm iptal 3230512384 kayip", "U1");
    expect(said).toContain("/mm kimlik <VKN>");
  });
});
