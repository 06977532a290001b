import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "./harness.ts";

/** Whether the applicant's contacts are proven, as the RA stores it on the subscriber it creates at issuance. */
async function proven(world: Awaited<ReturnType<typeof setup>>["world"]): Promise<string[]> {
  const subscriber = await world.deps.subscribers.createIfAbsent({
    idNumber: "3230512384",
    title: "Örnek Bilişim A.Ş.",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  });
  return [
    ...(subscriber.emailVerifiedAt ? ["email:bilgi@ornek.com.tr"] : []),
    ...(subscriber.phoneVerifiedAt ? ["phone:+905321234567"] : []),
  ];
}

describe("R5.1: after the application, each contact is proven by its code (§4 order kept)", () => {
  it("the order number, amount and payment channels come first; then a code to each contact, the e-mail's then the SMS's", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const done = await chat.say("evet");
    // §4 question 10: the order number, the amount and the payment channels, before anything else
    expect(chat.last[0]?.text).toMatch(/Sipariş numaranız: MM\d{10}/);
    expect(chat.last[0]?.text).toContain("Ziraat");
    expect(done.indexOf("Ziraat")).toBeLessThan(done.indexOf("birer kod"));
    expect(done).toContain("b***@ornek.com.tr");
    expect(done).toContain("+90 5** *** ** 67");
    expect(done).toMatch(/e-postanıza gelen 6 haneli kodu/i);
    expect(await chat.say("12345")).toMatch(/6 hanelidir/);
    const wrong = world.outbox.lastCode("bilgi@ornek.com.tr") === "000000" ? "111111" : "000000";
    expect(await chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 2/);
    expect(await chat.say(world.outbox.lastCode("bilgi@ornek.com.tr"))).toMatch(
      /e-posta adresiniz doğrulandı[\s\S]*SMS/i,
    );
    expect(await chat.say(world.outbox.lastCode("+905321234567"))).toMatch(/cep telefonunuz doğrulandı/i);
    expect(await proven(world)).toEqual(["email:bilgi@ornek.com.tr", "phone:+905321234567"]);
    // the flow is over: the menu answers again
    expect(await chat.say("menü")).not.toMatch(/6 haneli kodu/);
  });

  it("'atla' skips (the customer is told what that means); another topic just moves on", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    await chat.say("evet");
    expect(await chat.say("atla")).toContain("444 5 576");
    expect(await proven(world)).toEqual([]);

    const second = await setup();
    await sayAll(second.chat, tuzelCardAnswers);
    await second.chat.say("evet");
    const moved = await second.chat.say("fiyatlar ne kadar");
    expect(moved).not.toMatch(/6 haneli kodu yazın/);
    expect(moved).toMatch(/TL/);
  });
});
