/**
 * `/mm guncelle` while an earlier update still waits for its code: the earlier code dies (only the
 * latest update is confirmed), so the agent is told which pending update was replaced; a caller
 * reading out the dead code would otherwise spend tries on "kod doğrulanamadı". The confirmation
 * names the contact it changed (e-posta or cep telefonu, masked), so the agent knows which one.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm guncelle names the update it replaces and the one it completes", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });
  const later = () => s.harness.clock.set(new Date(s.harness.clock.now().getTime() + 5_000));

  const verified = async () => {
    await issueCard(s.harness, `pos-upd-${Math.random()}`);
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${code}`, "U1")).toContain("teyit edildi");
  };

  it("an e-mail update, then a phone update: the e-mail one is named replaced; the phone's code updates the phone", async () => {
    await verified();
    expect(await s.agent.runCommand(`/mm guncelle ${vkn} eposta yeni@ornek.com.tr`, "U1")).not.toContain(
      "değiştirildi",
    );
    later();
    const second = await s.agent.runCommand(`/mm guncelle ${vkn} telefon 0533 222 33 44`, "U1");
    expect(second).toContain("kod gönderildi");
    expect(second).toContain("e-posta");
    expect(second).toContain("y***@ornek.com.tr");
    expect(second).toContain("geçersiz");
    later();
    const done = await s.agent.runCommand(
      `/mm dogrula ${vkn} ${s.harness.outbox.lastCode("+905332223344")}`,
      "U1",
    );
    expect(done).toContain("güncellendi");
    expect(done).toContain("cep telefonu");
    expect(done).toContain("+90 5** *** ** 44");
  });

  it("the same e-mail update typed again names the address it replaces; the new code updates the e-mail", async () => {
    await verified();
    await s.agent.runCommand(`/mm guncelle ${vkn} eposta ilk@ornek.com.tr`, "U1");
    later();
    const second = await s.agent.runCommand(`/mm guncelle ${vkn} e-posta ikinci@ornek.com.tr`, "U1");
    expect(second).toContain("i***@ornek.com.tr");
    expect(second).toContain("geçersiz");
    later();
    const done = await s.agent.runCommand(
      `/mm dogrula ${vkn} ${s.harness.outbox.lastCode("ikinci@ornek.com.tr")}`,
      "U1",
    );
    expect(done).toContain("güncellendi");
    expect(done).toContain("e-posta");
  });
});
