/**
 * `/mm durum VKN 3230512384 lütfen` (a courtesy word, as agents type to a colleague) got only the
 * usage line. Courtesy words (lütfen, please, rica etsem, teşekkürler, thanks) are dropped; any other
 * extra word is named in the answer, with the usage line, and nothing is looked up.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm lines with courtesy words", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    "durum VKN 3230512384 lütfen",
    "durum 3230512384 lutfen",
    "durum lütfen 3230512384",
    "durum 3230512384 please",
    "durum 3230512384 rica etsem",
    "durum 3230512384, teşekkürler",
    "durum 3230512384 thanks",
    "Lütfen durum 3230512384",
  ])("%s: the status is shown", async (line) => {
    const { serial } = await issueCard(s.harness, "pos-courtesy");
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).not.toContain("Kullanım:");
    expect(said).toContain(serial);
  });

  it("kimlik <VKN> lütfen sends the code", async () => {
    await issueCard(s.harness, "pos-courtesy-kimlik");
    const said = await s.agent.runCommand("/mm kimlik 3230512384 lütfen", "U1");
    expect(said).not.toContain("Kullanım:");
    expect(s.harness.outbox.lastCode(email)).toMatch(/^\d{6}$/);
  });

  it.each([
    ["durum 3230512384 hemen", "hemen"],
    ["durum 3230512384 acil lütfen", "acil"],
  ])("%s: the extra word is named, with the usage line; nothing looked up", async (line, word) => {
    await issueCard(s.harness, "pos-courtesy-extra");
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).toContain(word);
    expect(said).toContain("Kullanım: `/mm durum");
    expect(said).not.toContain("3230512384");
    expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
  });
});
