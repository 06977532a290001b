/**
 * Tester (session 17): at a gerçek kişi's application "kendi adıma" was stored as the name and
 * "aynı kişi" as the signatory, and the certificate was issued as CN=KENDİ ADIMA. A sentence at a
 * name question is refused and the question asked again; "aynı kişi" at the signatory's name of a
 * gerçek kişi means the applicant, and takes the applicant's name.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const toName = ["başvuru", "gerçek", "10000000146"];

describe("a sentence at a name question", () => {
  it("is refused at the applicant's name, and the name is asked again", async () => {
    const { chat } = await setup();
    await sayAll(chat, toName);
    const answer = await chat.say("kendi adıma");
    expect(answer).toMatch(/cümleye benziyor/);
    expect(answer).toMatch(/ad(ını)? ve soyad/i);
    expect(await chat.say("Ayşe Yılmaz")).toMatch(/[İi]mza yetkilisi/);
  });

  it("'aynı kişi' at a gerçek kişi's signatory takes the applicant's name", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, [...toName, "Ayşe Yılmaz"]);
    const next = await chat.say("aynı kişi");
    expect(next).not.toMatch(/cümleye benziyor/);
    const summary = await sayAll(chat, [
      "10000000146",
      "ayse@ornek.com.tr",
      "0532 123 45 67",
      "akıllı kart",
      "Atatürk Cad. No: 1 Çankaya Ankara",
    ]);
    expect(summary).toMatch(/İmza yetkilisi: Ayşe Yılmaz/);
    await chat.say("evet");
    expect(world.submissions.at(-1)?.signerName).toBe("Ayşe Yılmaz");
  });

  it("'henüz bilmiyorum' at a tüzel kişi's signatory is refused, not stored", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384", "Örnek Bilişim A.Ş."]);
    expect(await chat.say("henüz bilmiyorum")).toMatch(/[İi]mza yetkilisi|ad(ını)? ve soyad/i);
    expect(await chat.say("aynı kişi")).toMatch(/cümleye benziyor/);
  });
});
