/**
 * A VKN or TCKN dictated in words ("üç iki üç sıfır …", "üç yüz yirmi üç, sıfır elli bir, …") was
 * refused where a number is asked; it is read as the number (core/identity/typed-number.ts), as a
 * phone number in words already was.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { sayAll, setup } from "../harness.ts";

describe("a VKN or TCKN in words", () => {
  it.each([
    "üç iki üç sıfır beş bir iki üç sekiz dört",
    "uc yuz yirmi uc, sifir elli bir, yirmi uc, seksen dort",
  ])("'%s' at the verification's VKN question sends the code", async (text) => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("kimlik dogrulama yapmak istiyorum");
    await ctx.chat.say(text);
    expect(ctx.world.lastCodeTo(firmA.email)).toBeDefined();
  });

  it("the VKN in words is the application's VKN, and the TCKN in words the signatory's", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, [
      "basvuru",
      "tuzel",
      "üç iki üç sıfır beş bir iki üç sekiz dört",
      "Ornek Bilisim A.S.",
    ]);
    await sayAll(chat, [
      "evet",
      "Ayse Yilmaz",
      "bir sıfır sıfır sıfır sıfır sıfır sıfır sıfır bir dört altı",
      "bilgi@ornek.com.tr",
      "05321234567",
      "akıllı kart",
      "Atatürk Cad. No: 1 Çankaya Ankara",
      "evet",
    ]);
    expect(world.submissions.at(-1)).toMatchObject({ idNumber: "3230512384", signerTckn: "10000000146" });
  });
});
