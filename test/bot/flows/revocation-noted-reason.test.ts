/**
 * A reason given in the message that started the revocation ("kartımız çalındı, sertifikayı iptal
 * edin") is named at the reason question, whose buttons stay (interfaces §4), and "evet" takes it
 * (tester round 15, a47).
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
  medium: "card" as const,
};

describe("the revocation reason given before the reason question", () => {
  it("tr: named with the buttons, 'evet' takes it, then the warning", async () => {
    const w = await setup();
    await w.addCertificate(firm);
    await w.chat.say("kartımız çalındı, sertifikayı iptal edin");
    await w.chat.say(firm.vkn);
    const asked = await w.chat.say(w.lastCodeTo(firm.email)!);
    expect(asked).toMatch(/nedenin çalıntı olduğunu anladım/);
    expect(asked).toMatch(/İptal nedeni nedir/);
    expect(w.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
    expect(await w.chat.say("evet")).toMatch(/geri alınamaz/);
    expect(await w.chat.say("evet")).toMatch(/iptal edildi/);
  });

  it("tr: the button still answers, and another reason typed wins", async () => {
    const w = await setup();
    await w.addCertificate(firm);
    await w.chat.say("kartımızı kaybettik iptal etmek istiyoruz");
    await w.chat.say(firm.vkn);
    expect(await w.chat.say(w.lastCodeTo(firm.email)!)).toMatch(/nedenin kayıp olduğunu anladım/);
    expect(await w.chat.say("çalındı")).toMatch(/geri alınamaz/);
  });

  it("a reason typed at the code question is named after verification", async () => {
    const w = await setup();
    await w.addCertificate(firm);
    await w.chat.say("sertifikamı iptal etmek istiyorum");
    await w.chat.say(firm.vkn);
    await w.chat.say("çalıntı");
    expect(await w.chat.say(w.lastCodeTo(firm.email)!)).toMatch(/nedenin çalıntı olduğunu anladım/);
    expect(await w.chat.say("evet")).toMatch(/geri alınamaz/);
  });

  it("en: 'yes' takes the reason from 'our smart card was stolen yesterday'", async () => {
    const w = await setup({ locale: "en" });
    await w.addCertificate(firm);
    await w.chat.say("our smart card was stolen yesterday");
    await w.chat.say(firm.vkn);
    expect(await w.chat.say(w.lastCodeTo(firm.email)!)).toMatch(/the card was stolen/);
    expect(w.chat.buttons()).toEqual(["Lost", "Stolen"]);
    expect(await w.chat.say("yes")).toMatch(/cannot be undone/);
  });

  it("without a reason given, the question is asked as before and 'evet' is no reason", async () => {
    const w = await setup();
    await w.addCertificate(firm);
    await w.chat.say("sertifikamı iptal etmek istiyorum");
    await w.chat.say(firm.vkn);
    const asked = await w.chat.say(w.lastCodeTo(firm.email)!);
    expect(asked).not.toMatch(/anladım/);
    expect(await w.chat.say("evet")).not.toMatch(/geri alınamaz/);
  });
});
