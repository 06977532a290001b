/**
 * Console tester (third round), lines as a call-centre agent pastes them:
 * - two subjects to `durum` or `kimlik` (`durum 3230512384 10000000146`, a VKN and an order number,
 *   `durum tckn … vkn …`) got the bare usage line: the subjects are named, masked, with the usage line;
 *   nothing is looked up or sent;
 * - a second command on a new line (`durum <VKN>` then `kimlik <VKN>`, `iptal … kayip` then `onayla …`)
 *   got the usage line of the first: one command runs per `/mm`, so none runs, and the answer says so;
 * - a list or quote marker before the subcommand (`• /mm durum …` copied from the help, `> durum …`,
 *   `1. durum …`) and a subcommand glued to its argument (`durum3230512384`, `DURUM=3230512384`) were
 *   "bilinmeyen bir alt komut": they are read as the subcommand.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const tckn = "10000000146";
const email = "bilgi@ornek.com.tr";

describe("/mm lines as agents paste them", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  const actionsSince = (before: number) => s.audit.slice(before).map((e) => e.action);

  it.each([
    [`durum ${vkn} ${tckn}`, 2],
    [`durum ${vkn} ${vkn}`, 2],
    [`DURUM VKN ${vkn} TCKN ${tckn}`, 2],
    [`durum tckn ${tckn} vkn ${vkn}`, 2],
    [`durum ${vkn}, ${tckn}, MM4821093375`, 3],
  ])("%s: the subjects are named masked, nothing looked up", async (line, count) => {
    await issueCard(s.harness, "pos-pasted-subjects");
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).toContain(`\`durum\` tek bir numara alır; bu satırda ${count} numara var`);
    expect(said).toContain("32******84");
    expect(said).toContain("Kullanım: `/mm durum");
    expect(said).not.toContain(vkn);
    expect(said).not.toContain(tckn);
    expect(said).not.toContain("Seri");
    expect(actionsSince(before)).not.toContain("agent_status_lookup");
  });

  it("kimlik with two subjects names them and sends no code", async () => {
    await issueCard(s.harness, "pos-pasted-kimlik");
    const sent = s.harness.outbox.sent.length;
    const said = await s.agent.runCommand(`/mm kimlik ${vkn} ${tckn}`, "U1");
    expect(said).toContain("`kimlik` tek bir numara alır");
    expect(said).toContain("Kullanım: `/mm kimlik");
    expect(s.harness.outbox.sent.length).toBe(sent);
  });

  it.each([
    [`durum ${vkn}\ndurum ${tckn}`, "`/mm durum`, `/mm durum`"],
    [`durum ${vkn}\nkimlik ${vkn}`, "`/mm durum`, `/mm kimlik`"],
    [`/mm kimlik ${vkn}\r\n/mm dogrula ${vkn} 123456`, "`/mm kimlik`, `/mm dogrula`"],
    [`İPTAL ${vkn} KAYIP\nONAYLA ${vkn}`, "`/mm iptal`, `/mm onayla`"],
    [`• durum ${vkn}\n• basvuru MM4821093375\n• yardım`, "`/mm durum`, `/mm basvuru`, `/mm yardim`"],
  ])("several commands on lines of their own: none runs (%#)", async (line, named) => {
    await issueCard(s.harness, "pos-pasted-lines");
    const before = s.audit.length;
    const sent = s.harness.outbox.sent.length;
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).toContain("Bir `/mm` ile tek komut çalışır");
    expect(said).toContain(named);
    expect(said).toContain("Hiçbiri çalıştırılmadı");
    expect(said).not.toContain(vkn);
    expect(s.harness.outbox.sent.length).toBe(sent);
    expect(actionsSince(before).filter((a) => a !== "slack_command")).toEqual([]);
  });

  it.each([
    `durum\n${vkn}`,
    `durum ${vkn}\nlütfen`,
    `> durum ${vkn}`,
    `• /mm durum ${vkn}`,
    `- durum ${vkn}`,
    `1. durum ${vkn}`,
    `durum${vkn}`,
    `DURUM=${vkn}`,
    `Durum,VKN:${vkn}`,
    `durum:${vkn}`,
  ])("%j: the status is shown", async (line) => {
    const { serial } = await issueCard(s.harness, "pos-pasted-shape");
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).not.toContain("bilinmeyen");
    expect(said).not.toContain("Kullanım:");
    expect(said).toContain(serial);
  });

  it("kimlik glued to its VKN sends the code", async () => {
    await issueCard(s.harness, "pos-pasted-kimlik-glued");
    const said = await s.agent.runCommand(`/mm kimlik${vkn}`, "U1");
    expect(said).toContain("doğrulama kodu");
    expect(s.harness.outbox.lastCode(email)).toMatch(/^\d{6}$/);
  });

  it("a word that only begins with a subcommand ('durumu') is not run", async () => {
    await issueCard(s.harness, "pos-pasted-durumu");
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm durumu ${vkn}`, "U1");
    expect(said).toContain("bilinmeyen bir alt komut");
    expect(actionsSince(before)).not.toContain("agent_status_lookup");
  });

  it("a pasted paragraph beside one subject names its first five words, not all", async () => {
    await issueCard(s.harness, "pos-pasted-paragraph");
    const said = await s.agent.runCommand(`/mm durum ${vkn} ${"kelime ".repeat(60)}`, "U1");
    expect(said.match(/`kelime`/g)).toHaveLength(5);
    expect(said).toContain("…");
  });

  it.each([
    [`check status ${vkn}`, "durum"],
    [`bir durum ${vkn}`, "durum"],
    [`acil iptal ${vkn} kayip`, "iptal"],
    [`please verify ${vkn} 123456`, "dogrula"],
  ])("%s: a word before the subcommand: it is suggested, nothing run", async (line, meant) => {
    await issueCard(s.harness, "pos-pasted-word-before");
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm ${line}`, "U1");
    expect(said).toContain("bilinmeyen bir alt komut");
    expect(said).toContain(`Şunu mu demek istediniz: \`/mm ${meant}\``);
    expect(actionsSince(before).filter((a) => a !== "slack_command")).toEqual([]);
  });
});
