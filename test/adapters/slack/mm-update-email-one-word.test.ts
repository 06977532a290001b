/**
 * `/mm guncelle <VKN> eposta <address>` with an address typed apart ("ali veli@ornek.com", as heard on
 * the phone): core reads one address among a customer's words, so the code went to
 * "veli@ornek.com", a stranger's inbox. An agent types the address itself: more than one word is
 * refused with what is wrong, no code is sent, nothing changes. The words of the kind ("e-posta
 * adresi") and a phone number in groups are still read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm guncelle with an e-mail address of more than one word", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-one-word-1");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`)).toContain("teyit edildi");
  });
  afterAll(async () => s?.dispose());

  it.each([
    "ali veli@ornek.com",
    "ali. veli@ornek.com",
    "muhasebe @ornek.com.tr",
    "yeni@ornek.com.tr eski@ornek.com.tr",
  ])("eposta %j: refused as one address with spaces, nothing sent", async (value) => {
    const sentBefore = s.harness.outbox.sent.length;
    const answer = await s.agent.runCommand(`/mm guncelle 3230512384 eposta ${value}`);
    expect(answer).toMatch(/boşluk/);
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
    expect((await s.harness.deps.subscribers.get("3230512384"))?.email).toBe("bilgi@ornek.com.tr");
  });

  it("an address of one word after 'e-posta adresi' gets its code", async () => {
    const answer = await s.agent.runCommand("/mm guncelle 3230512384 e-posta adresi ali.veli@ornek.com");
    expect(answer).toContain("kod gönderildi");
    expect(s.harness.outbox.lastCode("ali.veli@ornek.com")).toMatch(/^\d{6}$/);
  });
});
