/**
 * `/mm guncelle <VKN> eposta|telefon <value>` with a control character in the value (an invisible
 * format character is dropped with the line's normalisation, adapters/slack/mm-args.ts): core refuses
 * it as for every channel (invisible_characters) and the agent is told what is wrong, not the generic
 * "Not a valid e-mail address"; no code is sent, nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm guncelle with a control character in the new value", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-invisible-1");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`)).toContain("teyit edildi");
  });
  afterAll(async () => s?.dispose());

  it.each([
    ["eposta", "yeni\u0007@ornek.com.tr", "yeni"],
    ["telefon", "0544 111\u0007 22 33", "05441112233"],
  ])("%s %j: the agent is told of the characters, nothing sent", async (kind, value, target) => {
    const answer = await s.agent.runCommand(`/mm guncelle 3230512384 ${kind} ${value}`);
    expect(answer).toMatch(/görünmeyen|kontrol karakter/);
    expect(answer).not.toMatch(/Geçersiz e-posta|Geçersiz cep telefonu|İşlem şu anda yapılamadı/);
    expect(
      s.harness.outbox.sent.some((m) => m.to.replace(/\D/g, "").includes(target) || m.to.startsWith(target)),
    ).toBe(false);
    expect((await s.harness.deps.subscribers.get("3230512384"))?.email).toBe("bilgi@ornek.com.tr");
  });
});
