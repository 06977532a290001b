/**
 * `/mm dogrula kod 123456 vkn 3230512384` (the code first with its label, then the VKN with its
 * label, as a caller reads them out) was the usage line: only a label before the first argument was
 * read, so the trailing "vkn" stood beside the code. Labels are read in any order: "kod", "vkn",
 * "tckn", "seri" (and "seri no"), before the code or the holder wherever each comes.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm dogrula with labels in any order", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  it.each([
    (code: string) => `kod ${code} vkn 3230512384`,
    (code: string) => `kod ${code} VKN: 3230512384`,
    (code: string) => `KOD: ${code} vkn 323 051 2384`,
    (code: string) => `vkn 3230512384 kod ${code}`,
    (code: string) => `code ${code} vkn 3230512384`,
  ])("dogrula %s verifies by VKN", async (line) => {
    await issueCard(s.harness, "pos-labels-vkn");
    await s.agent.runCommand("/mm kimlik 3230512384", "U1");
    const code = s.harness.outbox.lastCode(email);
    const said = await s.agent.runCommand(`/mm dogrula ${line(code)}`, "U1");
    expect(said).toContain("teyit edildi");
  });

  it.each([
    (code: string, serial: string) => `kod ${code} seri ${serial}`,
    (code: string, serial: string) => `kod ${code} seri no ${serial}`,
    (code: string, serial: string) => `kod ${code} Seri: ${serial.toUpperCase().match(/../g)!.join(" ")}`,
  ])("dogrula %s verifies by serial", async (line) => {
    const { serial } = await issueCard(s.harness, "pos-labels-serial");
    await s.agent.runCommand(`/mm kimlik ${serial}`, "U1");
    const code = s.harness.outbox.lastCode(email);
    const said = await s.agent.runCommand(`/mm dogrula ${line(code, serial)}`, "U1");
    expect(said).toContain("teyit edildi");
  });

  it("a word other than a label beside the code is still the usage line, and no try is spent", async () => {
    await issueCard(s.harness, "pos-labels-extra");
    await s.agent.runCommand("/mm kimlik 3230512384", "U1");
    const code = s.harness.outbox.lastCode(email);
    const wrong = code === "111111" ? "222222" : "111111";
    for (const line of [`kod ${wrong} tamam vkn 3230512384`, `kod ${wrong} vkn 3230512384 tamam`]) {
      const said = await s.agent.runCommand(`/mm dogrula ${line}`, "U1");
      expect(said, line).toContain("Kullanım:");
    }
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${wrong}`, "U1")).toContain(
      "2 deneme hakkı kaldı",
    );
  });
});
