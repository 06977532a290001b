/**
 * Found exploring the console as an agent would type or paste: `/mm /mm durum <VKN>` (the command
 * copied whole from a usage line or the help) was "bilinmeyen bir alt komut"; a number in Slack's
 * italic or strike marks (`_3230512384_`, `~3230512384~`) was not read; `iptal <seri> sebep: kayıp`
 * or `neden gib` (the reason after its label) and `iptal kayıp 323 051 2384` / `iptal gib Seri:
 * <seri>` (the reason first, then the subject in several words, as a first argument is read) got
 * the usage line. Each is now read as meant; two subjects or two reasons stay the usage line.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const verifyFirst = "Önce arayanın kimliğini teyit edin";
const usageLine = "Kullanım: `/mm iptal";

describe("/mm lines as agents copy them", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    "/mm /mm durum 3230512384",
    "/mm mm durum 3230512384",
    "/mm `/mm durum 3230512384`",
    "/mm durum _3230512384_",
    "/mm durum ~3230512384~",
    "/mm durum *_3230512384_*",
  ])("%s is durum of the VKN", async (line) => {
    await issueCard(s.harness, "pos-copied-durum");
    const said = await s.agent.runCommand(line, "U1");
    expect(said).toContain("geçerli");
    expect(said).not.toContain("bilinmeyen");
  });

  it("the reason after its label, or first with the subject in several words", async () => {
    const { serial } = await issueCard(s.harness, "pos-copied-reason");
    const pairs = serial.match(/../g)!.join(" ");
    for (const line of [
      `${serial} sebep: kayıp`,
      `${serial} neden çalıntı`,
      `3230512384 iptal nedeni kayip`,
      `Sebep: kayıp ${serial}`,
      "kayıp 323 051 2384",
      "kayip VKN: 323 051 2384",
      `çalıntı Seri: ${serial}`,
      `kayip ${pairs}`,
    ]) {
      const said = await s.agent.runCommand(`/mm iptal ${line}`, "U1");
      expect(said, line).toContain(verifyFirst);
    }
    const gib = await s.agent.runCommand(`/mm iptal gib Seri No: ${pairs}`, "U1");
    expect(gib).toContain("İkinci bir temsilcinin onayı bekleniyor");
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });

  it.each(["kayip 3230512384 3230512384", "sebep kayip gib 3230512384", "neden 3230512384", "kayip sebep"])(
    "iptal %s stays the usage line",
    async (line) => {
      await issueCard(s.harness, "pos-copied-usage");
      expect(await s.agent.runCommand(`/mm iptal ${line}`, "U1")).toContain(usageLine);
      expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
    },
  );
});
