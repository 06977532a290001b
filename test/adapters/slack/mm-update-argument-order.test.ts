/**
 * `/mm guncelle` as a hurried agent types it: the contact named before the VKN
 * ("guncelle eposta 3230512384 yeni@ornek.com", "guncelle cep telefonu VKN: 323 051 2384 0532 …"), or
 * not named when the new value says it (an address with '@', a phone number in digits). Before, each
 * got the usage line. The code goes to the new contact typed, as with the documented order; a
 * value that names neither, or two VKNs, stays the usage line and sends nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { paidCardOrder, slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm guncelle with its words in another order", () => {
  // a fresh stack per case: an agent's codes for one VKN are limited to 5 an hour
  const s = slackConsoleStackForEachTest(sqlite);
  beforeEach(async () => {
    await paidCardOrder(s, "pos-update-order-1");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode("bilgi@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula 3230512384 ${code}`)).toContain("teyit edildi");
  });

  it.each([
    ["eposta 3230512384 yeni1@ornek.com", "yeni1@ornek.com"],
    ["e-posta adresi 323 051 2384 yeni2@ornek.com", "yeni2@ornek.com"],
    ["mail VKN: 3230512384 yeni3@ornek.com", "yeni3@ornek.com"],
    ["3230512384 yeni4@ornek.com", "yeni4@ornek.com"],
  ])("guncelle %s: the code goes to the new address", async (typed, address) => {
    const answer = await s.agent.runCommand(`/mm guncelle ${typed}`);
    expect(answer).toContain("kod gönderildi");
    expect(answer).not.toContain("Kullanım");
    expect(s.harness.outbox.lastCode(address)).toMatch(/^\d{6}$/);
  });

  it.each([
    ["telefon 3230512384 0532 999 88 71", "+905329998871"],
    ["cep telefonu 323 051 2384 05329998872", "+905329998872"],
    ["3230512384 0532 999 88 73", "+905329998873"],
    ["3230512384 +90 532 999 88 74", "+905329998874"],
  ])("guncelle %s: the code goes to the new mobile", async (typed, phone) => {
    const answer = await s.agent.runCommand(`/mm guncelle ${typed}`);
    expect(answer).toContain("kod gönderildi");
    expect(answer).not.toContain("Kullanım");
    expect(s.harness.outbox.lastCode(phone)).toMatch(/^\d{6}$/);
  });

  it.each([
    "3230512384 ankara",
    "eposta yeni@ornek.com",
    "eposta 3230512384",
    "3230512384",
    "3230512384 12 34",
  ])("guncelle %s: the usage line, nothing sent", async (typed) => {
    const sentBefore = s.harness.outbox.sent.length;
    const answer = await s.agent.runCommand(`/mm guncelle ${typed}`);
    expect(answer).toContain("Kullanım");
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
  });

  it("a second VKN typed before the address is no address: refused, nothing sent", async () => {
    const sentBefore = s.harness.outbox.sent.length;
    const answer = await s.agent.runCommand("/mm guncelle eposta 3230512384 4540536920 yeni@ornek.com");
    expect(answer).not.toContain("kod gönderildi");
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
  });
});
