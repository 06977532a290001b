/**
 * `/mm kimlik <seri>`: a caller often has the certificate's serial at hand (the card's envelope, the
 * Windows certificate dialog) rather than the firm's VKN, and the customer chat verifies by serial
 * too. The console refused it ("Geçerli bir VKN veya TCKN girin"). A serial (16 or more hex digits,
 * with its label or in byte pairs as pasted) now names its holder: the code goes to the holder's
 * registered contacts, the answer names the holder masked and the serial, and `dogrula <seri> <kod>`
 * (or `<kod> <seri>`) completes it; the verification is the holder's, so `iptal <seri> kayip` follows.
 * A serial no certificate has sends nothing.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm kimlik and dogrula by a certificate serial", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    ["as shown", (serial: string) => serial],
    ["with its label", (serial: string) => `Seri: ${serial}`],
    ["in byte pairs, upper case", (serial: string) => serial.toUpperCase().match(/../g)!.join(" ")],
    ["with 0x, in quotes", (serial: string) => `"0x${serial}"`],
  ])(
    "kimlik <serial> typed %s sends the holder's code; dogrula <serial> <code> verifies",
    async (_how, typed) => {
      const { serial } = await issueCard(s.harness, `pos-by-serial-${_how.replace(/\W+/g, "-")}`);
      const sent = await s.agent.runCommand(`/mm kimlik ${typed(serial)}`, "U1");
      expect(sent).not.toContain("Geçerli bir VKN");
      expect(sent).toContain("VKN 32******84");
      expect(sent).toContain(serial);
      expect(sent).not.toContain("3230512384");
      const code = s.harness.outbox.lastCode(email);
      const verified = await s.agent.runCommand(`/mm dogrula ${serial} ${code}`, "U1");
      expect(verified).toContain("teyit edildi");
      expect(verified).toContain("VKN 32******84");
      // verified for the holder: a lost card is revoked by its serial at once
      expect(await s.agent.runCommand(`/mm iptal ${serial} kayip`, "U1")).toContain("iptal edildi");
      expect((await s.harness.engine.findBySerial(serial))?.status).toBe("revoked");
    },
  );

  it("the code read out before the serial verifies too", async () => {
    const { serial } = await issueCard(s.harness, "pos-by-serial-swapped");
    await s.agent.runCommand(`/mm kimlik ${serial}`, "U1");
    const code = s.harness.outbox.lastCode(email);
    expect(await s.agent.runCommand(`/mm dogrula ${code} ${serial}`, "U1")).toContain("teyit edildi");
  });

  it("a serial no certificate has: said so, no code sent", async () => {
    await issueCard(s.harness, "pos-by-serial-unknown");
    const before = s.harness.outbox.sent.length;
    const said = await s.agent.runCommand("/mm kimlik 0a1b2c3d4e5f6a7b8c9d", "U1");
    expect(said).toContain("bulunamadı");
    expect(said).not.toContain("Geçerli bir VKN");
    expect(s.harness.outbox.sent.length).toBe(before);
    expect(await s.agent.runCommand("/mm dogrula 0a1b2c3d4e5f6a7b8c9d 123456", "U1")).toContain("bulunamadı");
  });
});
