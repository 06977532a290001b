/**
 * A contact update whose request gives the new value ("telefon numaramızı 0544 111 22 33 olarak
 * güncellemek istiyoruz, VKN 3230512384") asked for the new number again after the verification
 * (tester 20's d17). The value is kept through the verification (never sent a code before it), named
 * masked at the "which contact" question, and the code goes to it once the contact is chosen.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("a new contact value given in the request", () => {
  it("the phone: after verification 'telefon' sends the code to the number given", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("telefon numaramızı 0544 111 22 33 olarak güncellemek istiyoruz, VKN 3230512384");
    // no code to the new number before the verification
    expect(world.lastCodeTo("+905441112233")).toBeUndefined();
    const verified = await chat.say(world.lastCodeTo(firmA.email)!);
    expect(verified).toMatch(/yeni cep telefonu numaranızın .*33 olduğunu anladım/);
    const answer = await chat.say("telefon");
    expect(answer).not.toContain("Yeni cep telefonu numaranızı yazın");
    expect(answer).toMatch(/kod/);
    const code = world.lastCodeTo("+905441112233");
    expect(code).toBeDefined();
    expect(await chat.say(code!)).toMatch(/güncellendi/);
  });

  it("'evet' takes it too; the VKN asked later keeps the value", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("e-posta adresimizi muhasebe@ornek.com.tr olarak değiştirmek istiyoruz");
    await chat.say(firmA.vkn);
    expect(await chat.say(world.lastCodeTo(firmA.email)!)).toMatch(/m\S*@\S+ olduğunu anladım/);
    expect(await chat.say("evet")).toMatch(/kod/);
    expect(world.lastCodeTo("muhasebe@ornek.com.tr")).toBeDefined();
  });

  it("another number typed at the question wins over the one given", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("telefonumuzu 0544 111 22 33 olarak güncellemek istiyoruz, VKN 3230512384");
    await chat.say(world.lastCodeTo(firmA.email)!);
    expect(await chat.say("0555 222 33 44")).toMatch(/kod/);
    expect(world.lastCodeTo("+905552223344")).toBeDefined();
    expect(world.lastCodeTo("+905441112233")).toBeUndefined();
  });

  it("choosing the other contact asks for its value", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("telefon numaramızı 0544 111 22 33 olarak güncellemek istiyoruz, VKN 3230512384");
    await chat.say(world.lastCodeTo(firmA.email)!);
    expect(await chat.say("e-posta")).toMatch(/e-posta adresinizi yazın/i);
  });

  it("without a value the new number is still asked", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("telefonumu güncellemek istiyorum, VKN 3230512384");
    await chat.say(world.lastCodeTo(firmA.email)!);
    expect(await chat.say("telefon")).toContain("Yeni cep telefonu numaranızı yazın");
  });
});
