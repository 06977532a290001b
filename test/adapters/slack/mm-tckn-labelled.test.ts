/**
 * A real person's certificate (gerçek kişi, held by a TCKN) was shown in `/mm durum` as
 * "Seri `…` (VKN 10*******46)", and `kimlik`, `dogrula`, `guncelle` and `iptal` called the caller's
 * TCKN a VKN too: an agent reading it out would tell the caller the wrong kind of number. The number is
 * now labelled for what it is (adapters/slack/id-label.ts), still masked; a firm's stays "VKN".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, proveContacts, testPrices } from "../../helpers/ra-harness.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const tckn = "10000000146";

describe("/mm: a TCKN is called a TCKN", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-tckn-firm");
    const { orderNo } = await s.harness.ra.submitApplication(
      cardApplication({
        personType: "gercek",
        idNumber: tckn,
        title: "Ayşe Yılmaz",
        signerTckn: tckn,
        email: "ayse@ornek.com.tr",
        phone: "0532 765 43 21",
      }),
    );
    await proveContacts(s.harness.deps, {
      idNumber: tckn,
      email: "ayse@ornek.com.tr",
      phone: "+905327654321",
    });
    await s.harness.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-tckn-person",
      amountKurus: testPrices.card,
    });
  });
  afterAll(async () => s?.dispose());

  it("durum <TCKN>: each certificate names the TCKN, masked", async () => {
    const text = await s.agent.runCommand(`/mm durum ${tckn}`);
    expect(text).toContain("(TCKN 10*******46)");
    expect(text).not.toContain("VKN 10*******46");
    expect(text).not.toContain(tckn);
  });

  it("durum <VKN>: a firm's stays VKN", async () => {
    expect(await s.agent.runCommand("/mm durum 3230512384")).toContain("(VKN 32******84)");
  });

  it("kimlik, dogrula and guncelle name the TCKN", async () => {
    const sent = await s.agent.runCommand(`/mm kimlik ${tckn}`);
    expect(sent).toMatch(/^TCKN 10\*{7}46 için doğrulama kodu/m);
    const wrong = await s.agent.runCommand(`/mm dogrula ${tckn} 000000`);
    expect(wrong).toContain("TCKN 10*******46: kod doğrulanamadı");
    const code = s.harness.outbox.lastCode("ayse@ornek.com.tr");
    expect(await s.agent.runCommand(`/mm dogrula ${tckn} ${code}`)).toContain(
      "TCKN 10*******46: arayanın kimliği",
    );
    expect(await s.agent.runCommand(`/mm guncelle ${tckn} telefon 05321112233`)).toContain(
      "TCKN 10*******46: yeni iletişim bilgisine",
    );
    for (const text of [sent, wrong]) expect(text).not.toContain("VKN 10");
  });
});
