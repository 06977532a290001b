/**
 * `/mm durum` shows what the customer sees (console tester, round 21): a card's signing and
 * encryption certificates both, with their medium, whether the agent names the VKN or a serial; and
 * a card an agent revoked as stolen says "çalıntı" (R7.2 names lost and stolen apart), not
 * "kayıp/çalıntı", on both certificates of the card.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("/mm durum shows a card's two certificates and the reason as said", () => {
  let s: SlackConsoleStack;
  let signing: string;
  let encryption: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await proveContacts(s.harness.deps);
    ({ serial: signing } = await issueCard(s.harness, "pos-pair-1"));
    encryption = (await s.harness.engine.findByVkn(vkn)).find((c) => c.kind === "encr")!.serial;
  });
  afterAll(async () => s?.dispose());

  it("durum <VKN> lists the signing and the encryption certificate with their medium", async () => {
    const text = await s.agent.runCommand(`/mm durum ${vkn}`);
    expect(text).toMatch(new RegExp(`Akıllı kart \\(imza\\):.*${signing}`));
    expect(text).toMatch(new RegExp(`Akıllı kart \\(şifreleme\\):.*${encryption}`));
    expect(text.indexOf(signing)).toBeLessThan(text.indexOf(encryption));
  });

  it("durum <serial> names the medium as durum <VKN> does", async () => {
    expect(await s.agent.runCommand(`/mm durum ${signing}`)).toMatch(
      new RegExp(`Akıllı kart \\(imza\\):.*${signing}`),
    );
    expect(await s.agent.runCommand(`/mm durum ${encryption.toUpperCase()}`)).toMatch(
      new RegExp(`Akıllı kart \\(şifreleme\\):.*${encryption}`),
    );
  });

  it("a card an agent revoked as stolen says 'çalıntı' on both certificates, by VKN and by serial", async () => {
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const email = (await s.harness.deps.subscribers.get(vkn))!.email;
    await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode(email)}`, "U1");
    expect(await s.agent.runCommand(`/mm iptal ${vkn} calinti`, "U1")).toContain("iptal edildi");
    const text = await s.agent.runCommand(`/mm durum ${vkn}`);
    expect(text.match(/neden: çalıntı/g)).toHaveLength(2);
    expect(text).not.toContain("kayıp/çalıntı");
    expect(await s.agent.runCommand(`/mm durum ${encryption}`)).toContain("neden: çalıntı");
  });
});
