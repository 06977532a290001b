/**
 * `/mm guncelle` with the contact as the console's answers mask it, copied back from the `kimlik`
 * answer ("b***@o***.com.tr", "+90 5** *** ** 67"): it was refused as "Geçersiz e-posta adresi." /
 * "Geçersiz cep telefonu numarası.", which does not tell the agent what is wrong. The answer says the
 * value is masked and the caller's full new contact is needed; no code is sent, nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm guncelle with a masked contact pasted back", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-update-masked");
    await s.agent.runCommand(`/mm kimlik ${vkn}`);
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${code}`)).toContain("teyit edildi");
  });
  afterAll(async () => s?.dispose());

  it.each([
    "eposta b***@o***.com.tr",
    "e-posta y***@ornek.com",
    "b***@o***.com.tr",
    "telefon +90 5** *** ** 67",
    "cep telefonu 0532 *** ** 67",
    "tel +90 5•• ••• •• 67",
  ])("guncelle <VKN> %s: named masked, nothing sent or changed", async (typed) => {
    const sentBefore = s.harness.outbox.sent.length;
    const answer = await s.agent.runCommand(`/mm guncelle ${vkn} ${typed}`);
    expect(answer).toContain("maskelenmiş");
    expect(answer).not.toContain("Geçersiz");
    expect(answer).not.toContain("kod gönderildi");
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
    const subscriber = await s.harness.deps.subscribers.get(vkn);
    expect(subscriber?.email).toBe("bilgi@ornek.com.tr");
    expect(subscriber?.phone).toBe("+905321234567");
  });

  it("an address with a star in its local part is no mask: core's own answer", async () => {
    const answer = await s.agent.runCommand(`/mm guncelle ${vkn} eposta a*b@ornek.com`);
    expect(answer).not.toContain("maskelenmiş");
  });
});
