/**
 * `/mm kimlik <VKN>` again while the first code still lives: only the latest code verifies, so a
 * caller reading out the first one (it arrived first) got "kod doğrulanamadı. 2 deneme hakkı kaldı"
 * with the agent never told why. The second answer says the earlier code no longer works and to
 * read the latest one.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const email = "bilgi@ornek.com.tr";

describe("/mm kimlik sent again names the earlier code void", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const later = (ms: number) => s.harness.clock.set(new Date(s.harness.clock.now().getTime() + ms));

  it("the second kimlik says so; the first code fails, the latest verifies", async () => {
    await issueCard(s.harness, "pos-kimlik-again");
    const first = await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    expect(first).not.toContain("geçersiz");
    const firstCode = s.harness.outbox.lastCode(email);
    later(30_000);
    const second = await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    expect(second).toContain("gönderildi");
    expect(second).toContain("önceki kod");
    expect(second).toContain("geçersiz");
    const latest = s.harness.outbox.lastCode(email);
    expect(latest).not.toBe(firstCode);
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${firstCode}`, "U1")).toContain("doğrulanamadı");
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${latest}`, "U1")).toContain("teyit edildi");
  });

  it("a kimlik after the earlier code expired, or another agent's, names nothing void", async () => {
    await issueCard(s.harness, "pos-kimlik-expired");
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    expect(await s.agent.runCommand(`/mm kimlik ${vkn}`, "U2")).not.toContain("geçersiz");
    later(6 * 60_000);
    expect(await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1")).not.toContain("geçersiz");
  });
});
