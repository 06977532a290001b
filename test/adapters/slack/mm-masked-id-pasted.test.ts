/**
 * The console's answers show a VKN/TCKN masked (`VKN 32******84`); an agent who copies that back into
 * a command (`/mm onayla 32******84`, `/mm iptal 32******84 kayip`) has typed no number. The console
 * says it is a masked number, asks for the full VKN/TCKN, and looks up, sends, decides and revokes
 * nothing: never "Bekleyen bir iptal talebi bulunamadı" while one is pending, nor "Geçersiz seri
 * numarası", nor "not a VKN".
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("a masked VKN/TCKN typed back", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    "32******84",
    "32•••••••84",
    "VKN 32******84",
    "`32******84`",
    "10*******46",
    "TCKN: 10*******46",
  ])("'%s' in every subcommand that takes a VKN: named masked, nothing done", async (masked) => {
    const { serial } = await issueCard(s.harness, `pos-masked-${masked.length}-${masked.charCodeAt(0)}`);
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const mails = s.harness.outbox.sent.length;
    for (const command of [
      `/mm durum ${masked}`,
      `/mm kimlik ${masked}`,
      `/mm dogrula ${masked} 123456`,
      `/mm guncelle ${masked} eposta yeni@ornek.com.tr`,
      `/mm iptal ${masked} kayip`,
      `/mm iptal kotuye ${masked}`,
      `/mm onayla ${masked}`,
      `/mm reddet ${masked}`,
    ]) {
      const said = await s.agent.runCommand(command, "U2");
      expect(said, command).toContain("maskelenmiş");
      expect(said, command).toContain("tam VKN/TCKN");
      expect(said, command).not.toMatch(/bulunamadı|Geçersiz seri|değil;|iptal edildi|kod gönderildi/);
    }
    expect(s.harness.outbox.sent.length).toBe(mails);
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
    expect(await s.harness.ra.revocation.findPending(serial)).toBeDefined();
  });
});
