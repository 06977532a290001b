/**
 * `/mm kimlik bilgi@ornek.com.tr` (the caller's e-mail address, the first thing a caller often gives)
 * was answered "Geçerli bir VKN veya TCKN girin", and `durum <e-mail>` "not a VKN/serial/order": records
 * are not found by e-mail address, which neither answer says. As for a phone number, the address is
 * named an e-mail address (masked), with the subcommand's usage line, and nothing is looked up or sent;
 * Slack's `<mailto:…|…>` form too. `guncelle` still takes an address as the new contact.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm with an e-mail address where a record is looked up", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    ["durum", "bilgi@ornek.com.tr"],
    ["durum", "<mailto:bilgi@ornek.com.tr|bilgi@ornek.com.tr>"],
    ["kimlik", "bilgi@ornek.com.tr"],
    ["kimlik", "<mailto:bilgi@ornek.com.tr|bilgi@ornek.com.tr>"],
    ["kimlik", "E-posta: Bilgi@Ornek.com.tr"],
    ["dogrula", "bilgi@ornek.com.tr 123456"],
    ["iptal", "bilgi@ornek.com.tr kayip"],
    ["onayla", "bilgi@ornek.com.tr"],
  ])(
    "%s %s: named an e-mail address (masked) with the usage line; nothing looked up or sent",
    async (sub, typed) => {
      await issueCard(s.harness, `pos-email-key-${sub}`);
      const before = s.audit.length;
      const sent = s.harness.outbox.sent.length;
      const said = await s.agent.runCommand(`/mm ${sub} ${typed}`, "U1");
      expect(said).toContain("e-posta adresi");
      expect(said).toContain(`Kullanım: \`/mm ${sub}`);
      expect(said).not.toContain("Geçerli bir VKN");
      expect(said).not.toMatch(/bilgi@/i);
      expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
      expect(s.harness.outbox.sent.length).toBe(sent);
    },
  );
});
