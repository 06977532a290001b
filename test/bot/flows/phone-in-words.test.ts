/**
 * Outside conversation tester, round 21 (D14): at the phone question a mobile number dictated in
 * words got "Bu geçerli bir Türkiye cep telefonu numarası değil"; it is taken, and the medium asked.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const toPhone = [
  "basvuru",
  "tuzel",
  "3230512384",
  "Ornek Bilisim A.S.",
  "evet",
  "Ayse Yilmaz",
  "10000000146",
  "bilgi@ornek.com.tr",
];

describe("a phone number in words", () => {
  it.each([
    ["sifir bes yuz otuz iki yuz yirmi uc kirk bes altmis yedi", "+905321234567"],
    ["sıfır beş yüz otuz iki, iki yüz yirmi üç, kırk beş, altmış yedi", "+905322234567"],
    ["sıfır beş üç iki iki iki üç dört beş altı yedi", "+905322234567"],
  ])("'%s' is taken at the phone question", async (text, phone) => {
    const { chat, world } = await setup();
    await sayAll(chat, toPhone);
    const answer = await chat.say(text);
    expect(answer).not.toMatch(/geçerli bir Türkiye cep telefonu/);
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    await sayAll(chat, ["akıllı kart", "Atatürk Cad. No: 1 Çankaya Ankara", "evet"]);
    expect(world.submissions.at(-1)?.phone).toBe(phone);
  });

  it("half a number in words is still refused", async () => {
    const { chat } = await setup();
    await sayAll(chat, toPhone);
    await chat.say("sifir bes yuz otuz iki");
    expect(chat.buttons()).not.toEqual(["Akıllı kart", "HSM"]);
  });
});
