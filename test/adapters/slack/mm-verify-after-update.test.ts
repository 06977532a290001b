/**
 * `/mm dogrula` reads a code as the contact update's while one waits for its code, else as the
 * caller's verification. When the agent's 15-minute verification ran out while the update's code
 * still lived, the answer said there was no code to check (its code had "expired or its tries were
 * used"), though what ran out was the verification: it now says so. Beside it, a guard (it held
 * before): a new `kimlik` code right after a completed update verifies.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const email = "bilgi@ornek.com.tr";

describe("/mm dogrula after a contact update", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const later = (ms: number) => s.harness.clock.set(new Date(s.harness.clock.now().getTime() + ms));
  const verify = async () => {
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    expect(
      await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode(email)}`, "U1"),
    ).toContain("teyit edildi");
  };

  it("the verification ran out while the update's code lived: said so, nothing changed", async () => {
    await issueCard(s.harness, "pos-verify-ran-out");
    await verify();
    later(14 * 60_000);
    await s.agent.runCommand(`/mm guncelle ${vkn} eposta yeni@ornek.com.tr`, "U1");
    later(2 * 60_000);
    const said = await s.agent.runCommand(
      `/mm dogrula ${vkn} ${s.harness.outbox.lastCode("yeni@ornek.com.tr")}`,
      "U1",
    );
    expect(said).toContain("15 dakika");
    expect(said).toContain("güncelleme");
    expect(said).not.toContain("doğrulanacak bir kod yok");
    expect(said).not.toContain("güncellendi");
    // verified again, the update is started again and completes
    await verify();
    await s.agent.runCommand(`/mm guncelle ${vkn} eposta yeni@ornek.com.tr`, "U1");
    expect(
      await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode("yeni@ornek.com.tr")}`, "U1"),
    ).toContain("güncellendi");
  });

  it("a new verification code right after a completed update verifies", async () => {
    await issueCard(s.harness, "pos-verify-after-update");
    await verify();
    await s.agent.runCommand(`/mm guncelle ${vkn} telefon 0533 222 33 44`, "U1");
    expect(
      await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode("+905332223344")}`, "U1"),
    ).toContain("güncellendi");
    later(60_000);
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    expect(
      await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode(email)}`, "U1"),
    ).toContain("teyit edildi");
  });
});
