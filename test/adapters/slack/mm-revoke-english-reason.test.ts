/**
 * `/mm iptal <VKN|seri> lost|stolen` (an agent's notes in English) got the usage line: only the
 * Turkish reason words were read. The English names of the four reasons of R7.2 (lost, stolen,
 * gib/tax, misuse/abuse/compromised) and Turkish variants (KAYIP, Çalıntı, kötüye kullanıldı, kart
 * kayıp) are read as those reasons, in either order and any letter case: a lost or stolen card asks
 * for the caller's verification first, the others open a four-eyes request. RFC 5280 codes such as
 * `keyCompromise` stay refused (mm-revoke-reason.test.ts).
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const usageLine = "kayip|calinti|gib|kotuye";

describe("/mm iptal with the reason in English or a Turkish variant", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    "lost",
    "LOST",
    "Lost.",
    "card lost",
    "lost card",
    "stolen",
    "Stolen",
    "stolen card",
    "theft",
    "KAYIP",
    "Kayıp",
    "kart kayıp",
    "ÇALINTI",
    "çalıntı kart",
  ])(
    "%j is a lost or stolen card: the caller's verification is asked for, nothing revoked",
    async (reason) => {
      const { serial } = await issueCard(s.harness, "pos-english-lost");
      for (const line of [`${serial} ${reason}`, `3230512384 ${reason}`, `${reason} ${serial}`]) {
        const said = await s.agent.runCommand(`/mm iptal ${line}`, "U1");
        expect(said, line).not.toContain(usageLine);
        expect(said, line).toContain("Önce arayanın kimliğini teyit edin");
      }
      expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
    },
  );

  it.each([
    "GIB",
    "gib request",
    "tax",
    "tax office",
    "misuse",
    "Misuse",
    "abuse",
    "compromised",
    "kötüye",
    "KÖTÜYE",
    "kötüye kullanıldı",
  ])("%j opens a four-eyes request; nothing is revoked yet", async (reason) => {
    const { serial } = await issueCard(s.harness, "pos-english-four-eyes");
    const said = await s.agent.runCommand(`/mm iptal ${serial} ${reason}`, "U1");
    expect(said).not.toContain(usageLine);
    expect(said).toContain("İkinci bir temsilcinin onayı bekleniyor");
    expect(await s.harness.database.db.revocationRequest.count()).toBe(1);
    expect((await s.harness.engine.findBySerial(serial))?.status).toBe("valid");
  });

  it.each(["keyCompromise", "lost stolen", "kayip gib", "lostt"])(
    "%j stays the usage line",
    async (reason) => {
      const { serial } = await issueCard(s.harness, "pos-english-refused");
      expect(await s.agent.runCommand(`/mm iptal ${serial} ${reason}`, "U1")).toContain(usageLine);
      expect(await s.harness.database.db.revocationRequest.count()).toBe(0);
    },
  );
});
