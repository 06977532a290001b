/**
 * `/mm durum 0532 123 45 67` (a caller's phone number, the first number an agent has) was read as a
 * TCKN (05321234567) and answered "Geçerli bir VKN veya TCKN girin", which does not say what went
 * wrong. A phone number is no lookup key: `durum`, `kimlik`, `iptal` and `onayla` name it a phone
 * number, with the subcommand's usage line (what it takes), and look up, send or revoke nothing. The
 * number is repeated masked. A VKN that starts with 5 is still a VKN, and `guncelle` still takes a
 * phone number as the new contact.
 */
import { describe, expect, it } from "vitest";
import { isValidVkn } from "../../../core/identity/vkn.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

/** The first 10-digit number from `start` up that passes the VKN checksum. */
function vknFrom(start: number): string {
  for (let n = start; ; n++) if (isValidVkn(String(n))) return String(n);
}

describe("/mm with a phone number where a record is looked up", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    "0532 123 45 67",
    "05321234567",
    "+90 532 123 45 67",
    "+905321234567",
    "(0532) 123 45 67",
    "0532-123-45-67",
    "0 532 123 4567",
    "<tel:+905321234567|0532 123 45 67>",
  ])("durum %s: named a phone number with the usage line, nothing looked up", async (typed) => {
    const before = s.audit.length;
    const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
    expect(said).toContain("telefon numarası");
    expect(said).toContain("Kullanım: `/mm durum <VKN|seri no|sipariş no>`");
    expect(said).not.toContain("Geçerli bir VKN");
    expect(said).not.toContain("1234567");
    expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
  });

  it("kimlik, iptal and onayla with a phone number: named so, nothing sent, opened or decided", async () => {
    const { serial } = await issueCard(s.harness, "pos-phone-key");
    const sent = s.harness.outbox.sent.length;
    for (const [line, usage] of [
      ["kimlik 0532 123 45 67", "/mm kimlik"],
      ["iptal 0532 123 45 67 gib", "/mm iptal"],
      ["iptal kayip +90 532 123 45 67", "/mm iptal"],
      ["onayla 05321234567", "/mm onayla"],
    ] as const) {
      const said = await s.agent.runCommand(`/mm ${line}`, "U1");
      expect(said, line).toContain("telefon numarası");
      expect(said, line).toContain(`Kullanım: \`${usage}`);
    }
    expect(s.harness.outbox.sent.length).toBe(sent);
    expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });

  it("a serial pasted in byte pairs whose digits hold a mobile number's is a serial", async () => {
    const serial = "4f905321234567abcdef0123456789ab";
    for (const typed of [
      serial.match(/../g)!.join(" "),
      `Seri: ${serial.toUpperCase().match(/../g)!.join(" ")}`,
    ]) {
      const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
      expect(said, typed).not.toContain("telefon numarası");
      expect(said, typed).toContain("bulunamadı");
    }
  });

  it("a VKN starting with 5 is a VKN; guncelle takes a phone number as the new contact", async () => {
    const vkn = vknFrom(5_321_234_560);
    expect(await s.agent.runCommand(`/mm durum ${vkn}`, "U1")).not.toContain("telefon numarası");
    await issueCard(s.harness, "pos-phone-update");
    await s.agent.runCommand("/mm kimlik 3230512384", "U1");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`, "U1")).toContain("teyit edildi");
    const said = await s.agent.runCommand("/mm guncelle 3230512384 telefon 0532 987 65 43", "U1");
    expect(said).not.toContain("telefon numarası:");
    expect(said).toContain("kod gönderildi");
    // Slack links a typed number (`<tel:…|…>`): the number the agent typed is the new contact
    const linked = await s.agent.runCommand(
      "/mm guncelle 3230512384 telefon <tel:+905329876543|0532 987 65 43>",
      "U1",
    );
    expect(linked).toContain("kod gönderildi");
    expect(s.harness.outbox.sent.at(-1)?.to).toBe("+905329876543");
  });
});
