/**
 * A VKN (or, where one is accepted, a TCKN) typed with other words at a dialog's VKN question
 * ("3230512384 kimin", "vkn miz 3230512384 dir") is taken when it is the one valid number and there
 * is no other number; two different numbers are asked about; whose a VKN is is never told.
 */
import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../../helpers/two-firms.ts";
import { sayAll, setup } from "../../harness.ts";

const withWords = ["3230512384 kimin", "3230512384 numaralı firmamız", "vkn miz 3230512384 dir"];

describe("the application's VKN question", () => {
  for (const text of withWords)
    it(`takes "${text}" and asks for the unvan`, async () => {
      const { chat, world } = await setup();
      await sayAll(chat, ["başvuru", "tüzel"]);
      const answer = await chat.say(text);
      expect(answer).toContain("unvan");
      expect(answer).not.toContain("okuyamadım");
      expect(answer).not.toMatch(/ÖRNEK|ULUS/);
      await sayAll(chat, ["Örnek Bilişim A.Ş.", "Ayşe Yılmaz", "10000000146", "bilgi@ornek.com.tr"]);
      await sayAll(chat, ["0532 123 45 67", "akıllı kart", "Atatürk Cad. No: 1 Çankaya Ankara", "evet"]);
      expect(world.submissions[0]).toMatchObject({ idNumber: "3230512384" });
    });

  it("asks which one when two different numbers are typed, and takes neither", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("3230512384 mü 4540536920 mi bilemedim");
    expect(answer).not.toContain("unvan");
    expect(answer).toMatch(/birden fazla numara/i);
    expect(answer).toContain("VKN'sini");
  });

  it("the same number twice is one number", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("3230512384 yani 3230512384")).toContain("unvan");
  });

  it("a valid VKN with another number is not taken", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("3230512384 ve 12 şubemiz var")).not.toContain("unvan");
  });

  it("an invalid VKN in words gets the checksum reason", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("vkn miz 4540536921 dir")).toContain("kontrol hanesi tutmuyor");
  });

  it("a gerçek kişi's TCKN in words is taken", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "gerçek"]);
    expect(await chat.say("tc kimlik numaram 10000000146 dır")).toMatch(/ad(ınızı| soyad)/i);
  });

  it("the English dialog takes 'our tax number is 3230512384 I think'", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, ["I want to apply", "legal person"]);
    expect(await chat.say("our tax number is 3230512384 I think")).toMatch(/title|company name/i);
  });
});

describe("the verification and status questions", () => {
  for (const text of withWords)
    it(`verification takes "${text}" and sends the code, naming no firm`, async () => {
      const ctx = await setup();
      await ctx.world.addCertificate(firmA);
      await ctx.chat.say("iletişim bilgilerimi güncellemek istiyorum");
      const answer = await ctx.chat.say(text);
      expect(answer).not.toContain("okuyamadım");
      expect(answer).not.toContain(firmA.title);
      expect(ctx.world.lastCodeTo(firmA.email)).toBeDefined();
    });

  it("the status question takes '4540536920 kimin' and tells no holder's name", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmB);
    await ctx.chat.say("sertifikamın durumunu öğrenmek istiyorum");
    const answer = await ctx.chat.say("4540536920 kimin");
    expect(answer).not.toContain("okuyamadım");
    expect(answer).not.toContain(firmB.title);
  });

  it("verification asks which one when two numbers are typed", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("iletişim bilgilerimi güncellemek istiyorum");
    const answer = await ctx.chat.say("3230512384 veya 4540536920 olabilir");
    expect(answer).toMatch(/birden fazla numara/i);
    expect(ctx.world.lastCodeTo(firmA.email)).toBeUndefined();
  });
});
