/**
 * At the application summary a "no" that names one field and holds a valid value for it ("hayır,
 * telefon yanlış 0555 765 43 21 olacak") takes the value, checked as the field's question checks it,
 * and shows the summary again; without a valid value the field's question is asked, as before
 * (tester round 15).
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("a correction at the summary with the new value", () => {
  it("'hayır, telefon yanlış 0555 765 43 21 olacak': the value taken, the summary again", async () => {
    const { chat, world } = await setup();
    expect(await sayAll(chat, tuzelCardAnswers)).toContain("onaylıyor musunuz");
    const answer = await chat.say("hayır, telefon yanlış 0555 765 43 21 olacak");
    expect(answer).not.toContain("Cep telefonu numaranızı yazın");
    expect(answer).toContain("onaylıyor musunuz");
    expect(answer).toMatch(/21/);
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({ phone: "+905557654321", email: "bilgi@ornek.com.tr" });
  });

  it("the e-mail given with the correction is taken", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("e-posta yanlış, muhasebe@ornek.com.tr olmalı")).toContain("onaylıyor musunuz");
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({ email: "muhasebe@ornek.com.tr", phone: "+905321234567" });
  });

  it("an invalid value: the field's question, as before", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("hayır, telefon yanlış 0212 765 43 21 olacak")).toContain(
      "Cep telefonu numaranızı yazın",
    );
  });

  it("no value: the field's question, as before", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("hayır, telefon yanlış")).toContain("Cep telefonu numaranızı yazın");
  });

  it.each([
    ["unvan yanlış, doğrusu Yeni Örnek Bilişim A.Ş.", "YENİ ÖRNEK BİLİŞİM A.Ş."],
    ["hayır, unvan hatalı, Yeni Örnek Bilişim A.Ş. olacak", "YENİ ÖRNEK BİLİŞİM A.Ş."],
  ])("'%s': the unvan marked as the right one is taken", async (text, title) => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const answer = await chat.say(text);
    expect(answer).toContain("onaylıyor musunuz");
    expect(answer).not.toContain("Firmanın unvanını");
    await chat.say("evet");
    expect(world.submissions[0]!.title.toLocaleUpperCase("tr")).toBe(title);
  });

  it("'imza yetkilisi yanlış, doğrusu Mehmet Kaya': the signatory's name taken", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("imza yetkilisi yanlış, doğrusu Mehmet Kaya.")).toContain("onaylıyor musunuz");
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({ signerName: "Mehmet Kaya" });
  });

  it.each([
    "unvan yanlış",
    "unvan yanlış, doğrusu bilmiyorum",
    "unvanı yanlış yazmışım, düzeltmek istiyorum",
  ])("'%s': no right value marked, the unvan's question", async (text) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say(text)).toContain("Firmanın unvanını");
  });
});
