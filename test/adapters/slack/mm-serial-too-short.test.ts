/**
 * A word too short to be a certificate serial is no serial: serials are at least 64 bits (16 hex
 * digits; this CA's are 128 bits, 32 digits), so a VKN typed two digits short ("32305123"), a
 * number with digits too many ("3230512384567"), a fragment ("abc", "0") read as a serial was
 * answered "… için kayıtlı sertifika bulunamadı" by `durum` and "Bu seri numarasıyla bir sertifika
 * bulunamadı" by `iptal`, which an agent tells a caller as "you have no certificate". The console
 * answers that it could not read the word, with the usage line, and looks up or revokes nothing (as
 * for a VKN a digit short, mm-args-punctuation.test.ts). A serial of 16 or more hex digits is looked up.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum and iptal with a word too short to be a serial", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each(["32305123", "3230512384567", "32305123845", "abc", "0", "0x1f", "12:34:56", "0a1b2c3d"])(
    "durum %s: could not be read, nothing looked up, never 'bulunamadı'",
    async (typed) => {
      await issueCard(s.harness, "pos-short-1");
      const before = s.audit.length;
      const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
      // 32305123845 is 11 digits: a TCKN failing its checksum is core's answer, not a serial's
      if (typed !== "32305123845") {
        expect(said).toContain("okunamadığı için hiçbir kayıt aranmadı");
        expect(said).toContain("Kullanım: `/mm durum");
      }
      expect(said).not.toContain("bulunamadı");
      expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
    },
  );

  it.each(["32305123 gib", "kotuye 3230512384567", "abc gib", "0 kotuye"])(
    "iptal %s: could not be read, no request opened, never 'bulunamadı'",
    async (typed) => {
      const { serial } = await issueCard(s.harness, "pos-short-2");
      const said = await s.agent.runCommand(`/mm iptal ${typed}`, "U1");
      expect(said).toContain("okunamadığı için hiçbir kayıt aranmadı");
      expect(said).toContain("Kullanım: `/mm iptal");
      expect(said).not.toContain("bulunamadı");
      expect(await s.harness.ra.revocation.findPending(serial)).toBeUndefined();
      expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
    },
  );

  it("a serial of 16 or more hex digits is looked up: its certificate, or 'bulunamadı'", async () => {
    const { serial } = await issueCard(s.harness, "pos-short-3");
    expect(await s.agent.runCommand(`/mm durum ${serial}`, "U1")).toContain("geçerli");
    expect(await s.agent.runCommand(`/mm durum 0x${serial.toUpperCase()}`, "U1")).toContain("geçerli");
    expect(await s.agent.runCommand("/mm durum 0a1b2c3d4e5f6a7b", "U1")).toContain("bulunamadı");
    expect(await s.agent.runCommand("/mm iptal 0a1b2c3d4e5f6a7b8c9d gib", "U1")).toContain("bulunamadı");
  });
});
