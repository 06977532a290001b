/**
 * Agents in a hurry type the arguments in the order they have them: the code read out before the
 * VKN (`/mm dogrula 482913 3230512384`), the reason before the VKN (`/mm iptal kayıp 3230512384`),
 * the reason in two words (`kötüye kullanım`, `GİB talebi`) or the contact as `mail`/`tel`. They got
 * "Kod 6 haneli bir sayıdır" for a 6-digit code, or the usage line. Each is now read for what it
 * unambiguously is; a try is spent only on a code typed with its VKN.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { paidCardOrder, slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const email = "bilgi@ornek.com.tr";

describe("/mm arguments in another order or other words", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  it("dogrula: the code before the VKN verifies, in any letter case of the subcommand", async () => {
    await paidCardOrder(s, "pos-order-1");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode(email);
    const text = await s.agent.runCommand(`/mm DOĞRULA ${code} 3230512384`);
    expect(text).toContain("teyit edildi");
    expect(text).not.toContain("3230512384");
  });

  it("dogrula: a wrong code before the VKN is a wrong code (a try), never 'Kod 6 haneli bir sayıdır'", async () => {
    await paidCardOrder(s, "pos-order-2");
    await s.agent.runCommand("/mm kimlik 3230512384");
    const code = s.harness.outbox.lastCode(email);
    const wrong = code === "111111" ? "222222" : "111111";
    const text = await s.agent.runCommand(`/mm dogrula ${wrong} 3230512384`);
    expect(text).not.toContain("6 haneli");
    expect(text).toContain("2 deneme hakkı kaldı");
  });

  it("iptal: the reason before the VKN or serial, and the reason in two words", async () => {
    await paidCardOrder(s, "pos-order-3");
    const serial = (await s.harness.ra.agents.certificatesOf({ agentId: "U1", subject: "3230512384" })).find(
      (c) => c.kind === "sign",
    )!.serial;
    // kayıp/çalıntı need the caller verified: the answer is that, not the usage line
    for (const line of [
      "/mm iptal kayıp 3230512384",
      "/mm İPTAL Çalıntı 3230512384",
      "/mm iptal 3230512384 kayıp kart",
    ])
      expect(await s.agent.runCommand(line), line).toContain("Önce arayanın kimliğini teyit edin");
    const request = await s.agent.runCommand(`/mm iptal ${serial} kötüye kullanım`);
    expect(request).toContain("amacı dışında kullanım");
    expect(request).toMatch(/IP-[A-Z2-9]{8}/);
    await s.agent.runCommand("/mm reddet 3230512384");
    const gib = await s.agent.runCommand(`/mm iptal GİB talebi ${serial}`);
    expect(gib).toContain("GİB talebi");
    expect(gib).toMatch(/IP-[A-Z2-9]{8}/);
  });

  it("guncelle: mail, e-mail, tel and cep telefonu name the contact", async () => {
    await paidCardOrder(s, "pos-order-4");
    for (const line of [
      "/mm guncelle 3230512384 mail yeni@ornek.com",
      "/mm guncelle 3230512384 E-Mail yeni@ornek.com",
      "/mm guncelle 3230512384 tel 05321112233",
      "/mm guncelle 3230512384 cep telefonu 05321112233",
      "/mm güncelle 3230512384 TELEFON 0532 111 22 33",
    ])
      expect(await s.agent.runCommand(line), line).toContain("Önce arayanın kimliğini teyit edin");
  });

  it("what stays the usage line: no subject, two subjects, a reason alone", async () => {
    for (const line of [
      "/mm iptal kayip",
      "/mm iptal kayip calinti",
      "/mm dogrula 123456",
      "/mm iptal 3230512384 6180884538 kayip",
    ])
      expect(await s.agent.runCommand(line), line).toContain("Kullanım:");
  });
});
