/**
 * `/mm dogrula <VKN> <kod>` with a word beside the code ("123456 tamam", "tamam 123456", "kod 123456
 * doğru mu"): core reads a code among a customer's words, so the console sent "123456 tamam" on as
 * the code and a wrong one spent one of the caller's three tries. An agent types a command: a code
 * part holding words other than the digits (grouped or not) is the usage line, and nothing is counted.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { paidCardOrder, slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm dogrula with words beside the code", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  it("is the usage line and spends no try, whether the code is right or wrong", async () => {
    await paidCardOrder(s, "pos-extra-words");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode(email);
    const wrong = code === "111111" ? "222222" : "111111";
    for (const line of [
      `/mm dogrula 3230512384 ${wrong} tamam`,
      `/mm dogrula 3230512384 tamam ${wrong}`,
      `/mm dogrula 3230512384 ${wrong} kodu doğru mu`,
      `/mm dogrula ${wrong} tamam 3230512384`,
      `/mm dogrula 3230512384 ${code} tamam`,
      `/mm dogrula 3230512384 ${code.slice(0, 3)} ${code.slice(3)} ok`,
    ]) {
      const text = await s.agent.runCommand(line);
      expect(text, line).toContain("Kullanım:");
      expect(text, line).not.toContain("teyit edildi");
    }
    // every try is still there: the first wrong code leaves two
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${wrong}`)).toContain("2 deneme hakkı kaldı");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`)).toContain("teyit edildi");
  });

  it("a code read out in groups, with or without a 'kod' label, is still read", async () => {
    await paidCardOrder(s, "pos-grouped");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode(email);
    const text = await s.agent.runCommand(`/mm dogrula 3230512384 kod: ${code.slice(0, 3)}-${code.slice(3)}`);
    expect(text).toContain("teyit edildi");
  });
});
