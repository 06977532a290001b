/**
 * Which number to type, asked at the identity check's first question ("vkn mi yazacaktım tc mi",
 * "should I type the VKN or my TCKN?"): before, the Turkish question was read as a status request,
 * the verification was left ("Kimlik doğrulamasını burada bıraktım") and the contact update dropped.
 * It is explained (VKN for a legal person, TCKN for a real person, or the serial) and the question
 * asked again; the update goes on with the VKN typed next.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("which identifier, asked at the subject question: explained, the dialog kept", () => {
  it.each([
    ["tr", "e-posta adresimizi güncellemek istiyoruz", "vkn mi yazacaktım tc mi"],
    ["tr", "kartımızı kaybettik", "vergi numarası mı yoksa tc kimlik mi yazayım?"],
    ["tr", "telefon numaramız değişti", "hangi numarayı yazacağım"],
    ["en", "we need to change our e-mail address", "should I type the VKN or my TCKN?"],
  ] as const)("%s: %s → %s", async (locale, opening, question) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firm);
    await chat.say(opening);
    const reply = await chat.say(question);
    expect(reply).toMatch(/10 haneli VKN'sini|10-digit VKN/);
    expect(reply).not.toMatch(/bıraktım|stopped|left the/i);
    expect(await chat.say(firm.vkn)).toMatch(/6 haneli bir doğrulama kodu|6-digit code/);
    expect(world.outbox.sent.some((n) => n.template === "revoked")).toBe(false);
  });
});
