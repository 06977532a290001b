/**
 * `/mm dogrula <VKN> <kod>` sent twice (a double submission, or the agent unsure it went through):
 * the first verifies the caller and spends the code, and the second was answered ":x: kod
 * doğrulanamadı; doğrulanacak bir kod yok … Yeni kod için `/mm kimlik <VKN>` yazın", so the agent
 * believed the verification failed and sent the caller a new code. While the caller is verified by
 * this agent, a code with none waiting says so: already verified, nothing changed. For another agent,
 * or once the 15 minutes ran out, it stays "no code".
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { paidCardOrder, slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm dogrula once the caller is verified", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  async function verified(): Promise<string> {
    await paidCardOrder(s, "pos-verify-twice");
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${code}`, "U1")).toContain("teyit edildi");
    return code;
  }

  it("the same code again: already verified, not 'no code'", async () => {
    const code = await verified();
    const sentBefore = s.harness.outbox.sent.length;
    const again = await s.agent.runCommand(`/mm dogrula ${vkn} ${code}`, "U1");
    expect(again).toContain("zaten teyit");
    expect(again).not.toContain("doğrulanamadı");
    expect(again).not.toContain("Yeni kod için");
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
    // still verified: a contact update goes on
    expect(await s.agent.runCommand(`/mm guncelle ${vkn} eposta yeni@ornek.com`, "U1")).toContain(
      "kod gönderildi",
    );
  });

  it("the same command sent twice at once: one verifies, the other says already verified", async () => {
    await paidCardOrder(s, "pos-verify-twice-2");
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    const answers = await Promise.all([
      s.agent.command(`/mm dogrula ${vkn} ${code}`, "U1"),
      s.agent.command(`/mm dogrula ${vkn} ${code}`, "U1"),
    ]);
    const texts = answers.map((a) =>
      a.calls
        .filter((c) => c.method === "response_url")
        .map((c) => JSON.stringify(c.args))
        .join(""),
    );
    for (const text of texts) expect(text).not.toContain("Yeni kod için");
    expect(texts.join("")).toContain("teyit edildi");
  });

  it("another agent's code with none waiting stays 'no code'", async () => {
    const code = await verified();
    const other = await s.agent.runCommand(`/mm dogrula ${vkn} ${code}`, "U2");
    expect(other).toContain("doğrulanacak bir kod yok");
    expect(other).not.toContain("zaten teyit");
  });
});
