/**
 * `/mm guncelle <seri> eposta …` was the usage line, though `kimlik` and `dogrula` take the serial
 * (a caller often has it rather than the VKN): the serial names its holder, whose contact is updated
 * once verified; the contact may be named before it; an unknown serial sends nothing.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm guncelle by a certificate serial", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    (serial: string) => `${serial} eposta yeni@ornek.com.tr`,
    (serial: string) => `Seri: ${serial} eposta yeni@ornek.com.tr`,
    (serial: string) => `eposta ${serial} yeni@ornek.com.tr`,
    (serial: string) => `${serial} yeni@ornek.com.tr`,
  ])("guncelle %s sends the code to the new address, then dogrula completes it", async (line) => {
    const { serial } = await issueCard(s.harness, "pos-update-serial");
    await s.agent.runCommand(`/mm kimlik ${serial}`, "U1");
    await s.agent.runCommand(`/mm dogrula ${serial} ${s.harness.outbox.lastCode(email)}`, "U1");
    const said = await s.agent.runCommand(`/mm guncelle ${line(serial)}`, "U1");
    expect(said).not.toContain("Kullanım:");
    expect(said).toContain("VKN 32******84");
    const done = await s.agent.runCommand(
      `/mm dogrula ${serial} ${s.harness.outbox.lastCode("yeni@ornek.com.tr")}`,
      "U1",
    );
    expect(done).toContain("güncellendi");
  });

  it("an unknown serial: said so, nothing sent", async () => {
    await issueCard(s.harness, "pos-update-serial-unknown");
    const before = s.harness.outbox.sent.length;
    const said = await s.agent.runCommand("/mm guncelle 0a1b2c3d4e5f6a7b8c9d eposta yeni@ornek.com.tr", "U1");
    expect(said).toContain("bulunamadı");
    expect(s.harness.outbox.sent.length).toBe(before);
  });
});
