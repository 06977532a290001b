/**
 * `/mm durum` with a word that is no VKN/TCKN, order number or hexadecimal serial ("merhaba") looks
 * nothing up and says it could not read it, with the usage line (hostile tester, round 21): "merhaba
 * için kayıtlı sertifika bulunamadı" would be told to a caller as "you have no certificate".
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm durum with an unreadable subject", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  it.each(["merhaba", "VKN-yok", "ölçü"])(
    "'%s' is not read as a subject and nothing is looked up",
    async (word) => {
      const before = s.audit.length;
      const text = await s.agent.runCommand(`/mm durum ${word}`, "U1");
      expect(text).toContain("bir VKN/TCKN, seri numarası ya da sipariş numarası değil");
      expect(text).toContain("Kullanım: `/mm durum");
      expect(text).not.toContain("bulunamadı");
      expect(s.audit.slice(before).map((e) => e.action)).not.toContain("agent_status_lookup");
    },
  );

  // serials are at least 64 bits (16 hex digits); a shorter word is none (mm-serial-too-short.test.ts)
  it("a hexadecimal serial is still looked up", async () => {
    expect(await s.agent.runCommand("/mm durum 0a1b2c3d4e5f6a7b", "U1")).toContain("bulunamadı");
  });
});
