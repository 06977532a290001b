/**
 * An e-mail address typed in Turkish capitals ("YENİ@ORNEK.COM", "MUHASEBE@FİRMA.COM.TR": a
 * Turkish keyboard's caps lock gives the dotted İ) was refused as "not a valid e-mail address",
 * and "YENİ@ORNEK.COM" even got the renewal answer (its "yeni"). The dotted capital İ is folded to
 * i where that yields a valid address (bot/flows/dialog/email-letters.ts), at the application's
 * e-mail question, in a correction at the summary and at the contact update's new value; an address
 * still holding a Turkish letter (ç, ğ, ı, ö, ş, ü) is refused saying why.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail, tuzelCardAnswers } from "../../harness.ts";

const why = "Türkçe karakter";

describe("application: the e-mail question", () => {
  it.each([
    ["YENİ@ORNEK.COM", "y***@ornek.com"],
    ["MUHASEBE@FİRMA.COM.TR", "m***@firma.com.tr"],
    ["e-posta: BİLGİ@ORNEKFİRMA.COM", "b***@ornekfirma.com"],
  ])("%s is taken, folded", async (typed, masked) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    expect(await chat.say(typed)).toContain("Cep telefonu numaranızı yazın");
    const summary = await sayAll(chat, tuzelCardAnswers.slice(7));
    expect(summary).toContain(masked);
  });

  it.each(["muhasebe@fırma.com", "çağrı@ornek.com.tr", "BİLGİ@ÖRNEK.COM"])(
    "%s is refused saying why",
    async (typed) => {
      const { chat } = await setup();
      await sayAll(chat, tuzelAnswersToEmail);
      const reply = await chat.say(typed);
      expect(reply).toContain(why);
      expect(reply).toContain("e-posta adresinizi yazın");
      expect(reply).not.toContain("3 yıl geçerlidir");
    },
  );

  it("a correction at the summary with the address in capitals", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const summary = await chat.say("e-posta yanlış, MUHASEBE@FİRMA.COM.TR olacak");
    expect(summary).toContain("m***@firma.com.tr");
  });
});

describe("contact update: the new e-mail address", () => {
  const firm = {
    vkn: "3230512384",
    title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  };

  it("YENİ@ORNEK.COM gets the code at yeni@ornek.com", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firm);
    await chat.say("e-posta adresimi güncellemek istiyorum");
    await chat.say(firm.vkn);
    await chat.say(world.lastCodeTo(firm.email)!);
    await chat.press("E-posta");
    expect(await chat.say("YENİ@ORNEK.COM")).toContain("y***@ornek.com");
    expect(world.lastCodeTo("yeni@ornek.com")).toBeDefined();
  });

  // an address whose words the classifier reads as a topic ("muhasebe", "basvuru", "fiyat") is
  // still an answer: typed alone, it is never taken for another topic
  it.each(["muhasebe@fırma.com", "basvuru@fırma.com", "fiyat@örnek.com"])(
    "an address with a Turkish letter (%s) is refused saying why",
    async (address) => {
      const { chat, world } = await setup();
      await world.addCertificate(firm);
      await chat.say("e-posta adresimi güncellemek istiyorum");
      await chat.say(firm.vkn);
      await chat.say(world.lastCodeTo(firm.email)!);
      await chat.press("E-posta");
      expect(await chat.say(address)).toContain(why);
    },
  );
});
