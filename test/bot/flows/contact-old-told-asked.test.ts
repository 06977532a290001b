/**
 * Whether the old contact is told, asked at the contact update's "which contact" question ("peki eski
 * numaraya bildirim gider mi", "will the old e-mail address be notified?"): before, the update was left
 * ("İletişim bilgisi güncellemesini burada bıraktım"). The domain brief says the old contact is told of
 * a change: said so, and the question asked again; the update goes on.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("the old contact asked at the kind question: told, the update kept", () => {
  it.each([
    ["tr", "telefon numaramız değişti", "peki eski numaraya bildirim gider mi"],
    ["tr", "iletisim bilgilerimizi guncellemek istiyoruz", "eski mail adresine bilgi gelir mi?"],
    ["en", "we need to update our contact details", "will the old e-mail address be notified?"],
  ] as const)("%s: %s → %s", async (locale, opening, question) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firm);
    await chat.say(opening);
    await chat.say(firm.vkn);
    await chat.say(world.lastCodeTo(firm.email)!);
    const reply = await chat.say(question);
    expect(reply).toMatch(/eski iletişim bilginize de değişiklik bildirilir|old contact is also told/);
    expect(reply).not.toMatch(/bıraktım|stopped/);
    expect(reply).toMatch(/Hangi iletişim bilginizi|Which contact/);
    expect(await chat.say(locale === "tr" ? "telefon" : "phone")).toMatch(/cep telefonu|mobile/i);
  });
});
