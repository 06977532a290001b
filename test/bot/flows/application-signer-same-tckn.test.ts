/**
 * Session 27 (own replay): a gerçek kişi who signs the seal himself ("kendim" at the signatory's
 * name) was asked the signatory's TCKN and answered "aynı, benim tc": refused as "TCKN 11 haneli",
 * and every later answer was refused at the same question. When the signatory is the applicant,
 * "the same number" at the signatory's TCKN takes the TCKN of question 2; for a tüzel kişi or a
 * signatory named otherwise it is no answer and the question stays.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const APPLICANT_TCKN = "10000000146";
const toSignerTckn = ["başvuru", "gerçek", APPLICANT_TCKN, "Ayşe Yılmaz", "kendim"];
const rest = ["ayse@ornek.com.tr", "0532 123 45 67", "akıllı kart", "Atatürk Cad. No: 1 Çankaya Ankara"];

describe("'the same number' at the signatory's TCKN", () => {
  for (const typed of [
    "aynı, benim tc",
    "aynı",
    "aynı numara",
    "benimki",
    "kendi tc kimlik numaram",
    "yukarıda yazdım",
    "zaten yazdım",
    "same as above",
    "the same one",
  ]) {
    it(`'${typed}' takes the applicant's TCKN when the signatory is the applicant`, async () => {
      const { chat, world } = await setup();
      await sayAll(chat, toSignerTckn);
      const next = await chat.say(typed);
      expect(next).not.toMatch(/11 haneli/);
      expect(next).toMatch(/e-posta/i);
      const summary = await sayAll(chat, rest);
      expect(summary).toMatch(/İmza yetkilisi: Ayşe Yılmaz/);
      await chat.say("evet");
      expect(world.submissions.at(-1)?.signerTckn).toBe(APPLICANT_TCKN);
    });
  }

  it("is no answer when the gerçek kişi named another signatory", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "gerçek", APPLICANT_TCKN, "Ayşe Yılmaz", "Mehmet Demir"]);
    expect(await chat.say("aynı")).toMatch(/TCKN/);
    expect(await chat.say("ayse@ornek.com.tr")).toMatch(/TCKN/);
  });

  it("is no answer for a tüzel kişi (the VKN is no TCKN)", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384", "Örnek Bilişim A.Ş.", "Ayşe Yılmaz"]);
    expect(await chat.say("aynı")).toMatch(/TCKN/);
    expect(await chat.say("ayse@ornek.com.tr")).toMatch(/TCKN/);
  });
});
