import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("identity verification and contact update (R5.1)", () => {
  it("verifies by code, updates the e-mail with a code to the new address and tells the old one", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firm);
    expect(await chat.say("e-posta adresimi güncellemek istiyorum")).toContain("VKN");
    const sent = await chat.say("3230512384");
    expect(sent).toContain("b***@o***.com.tr");
    expect(sent).not.toContain("bilgi@ornek.com.tr");
    await chat.say(world.lastCodeTo(firm.email)!);
    expect(chat.buttons()).toEqual(["E-posta", "Telefon"]);
    await chat.press("E-posta");
    expect(await chat.say("muhasebe@ornek.com.tr")).toContain("m***@ornek.com.tr");
    expect(await chat.say(world.lastCodeTo("muhasebe@ornek.com.tr")!)).toContain("güncellendi");
    expect((await world.deps.subscribers.get(firm.vkn))?.email).toBe("muhasebe@ornek.com.tr");
    // the old address is told
    expect(world.outbox.sent.at(-1)).toMatchObject({ to: "bilgi@ornek.com.tr", template: "contact_changed" });
  });

  it("counts wrong codes down and stops after three", async () => {
    const { chat, ra, world } = await setup();
    await world.addCertificate(firm);
    await chat.say("telefonumu güncellemek istiyorum");
    await chat.say("3230512384");
    expect(await chat.say("000000")).toMatch(/yanlış.*Kalan deneme hakkınız: 2/s);
    expect(await chat.say("000001")).toContain("1");
    expect(await chat.say("000002")).toMatch(/Deneme hakkınız doldu/);
    expect(chat.buttons()).toContain("Yeniden dene");
    expect(await ra.verifiedSubject("conv-1")).toBeUndefined();
  });

  it("accepts the right code after a wrong one", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firm);
    await chat.say("telefonumu güncellemek istiyorum");
    await chat.say("3230512384");
    await chat.say("000000");
    await chat.say(world.lastCodeTo(firm.phone)!);
    expect(chat.buttons()).toContain("Telefon");
  });

  it("answers an unknown VKN with the same wording as a known one", async () => {
    const known = await setup();
    await known.world.addCertificate(firm);
    await known.chat.say("iletişim bilgimi güncellemek istiyorum");
    const a = await known.chat.say("3230512384");
    const unknown = await setup();
    await unknown.chat.say("iletişim bilgimi güncellemek istiyorum");
    const b = await unknown.chat.say("4540536920");
    const shape = (s: string) => s.replace(/\([^)]*\)/g, "()");
    expect(shape(b)).toBe(shape(a));
    expect(await unknown.chat.say("123456")).toMatch(/yanlış/);
  });

  it("asks the verification question again for a malformed VKN", async () => {
    const { chat } = await setup();
    await chat.say("telefonumu güncellemek istiyorum");
    expect(await chat.say("4540536921")).toMatch(/geçersiz/);
  });
});

describe("revocation (R7)", () => {
  it("verifies, asks the reason, warns it is irreversible, revokes and advises to apply again", async () => {
    const { chat, ra, world } = await setup();
    const cert = await world.addCertificate(firm);
    expect(await chat.say("kartımı kaybettim iptal etmek istiyorum")).toContain("VKN");
    await chat.say("3230512384");
    await chat.say(world.lastCodeTo(firm.email)!);
    expect(chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
    const warning = await chat.press("Kayıp");
    expect(warning).toContain("geri alınamaz");
    expect(warning).toContain("Onaylıyor musunuz");
    const done = await chat.say("evet");
    expect(done).toContain("iptal edildi");
    expect(done).toMatch(/25 Kasım 2026 10:00/);
    expect(done).toMatch(/yeniden başvuru/);
    expect((await ra.certificateStatus(cert.serial))?.status).toBe("revoked");
  });

  it("asks which certificate when there are several, and keeps it on hayır", async () => {
    const { chat, world } = await setup();
    const first = await world.addCertificate(firm);
    await world.addCertificate(firm);
    await chat.say("sertifika iptal ettirmek istiyorum");
    await chat.say("3230512384");
    expect(await chat.say(world.lastCodeTo(firm.email)!)).toMatch(/Hangisini/);
    await chat.say(first.serial);
    await chat.say("çalıntı");
    expect(await chat.say("hayır")).toContain("iptal edilmedi");
    expect((await world.certificates.findByVkn(firm.vkn)).every((c) => c.status === "valid")).toBe(true);
  });
});

describe("certificate status (R10.1)", () => {
  it("answers by serial to anyone", async () => {
    const { chat, world } = await setup();
    const cert = await world.addCertificate(firm);
    await chat.say("sertifika durumu");
    expect(await chat.say(cert.serial)).toMatch(/geçerli/);
  });

  it("asks verification before answering by VKN", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firm);
    await chat.say("sertifikam geçerli mi");
    expect(await chat.say("3230512384")).toMatch(/doğrulama kodu/);
    const list = await chat.say(world.lastCodeTo(firm.email)!);
    expect(list).toMatch(/İmza sertifikası .*: geçerli/);
  });
});

describe("order status (R3.2, R3.3)", () => {
  it("asks for the order number and reports an unknown one as not found", async () => {
    const { chat } = await setup();
    expect(await chat.say("siparişim ne durumda")).toMatch(/sipariş numara/i);
    expect(await chat.say("MM-000000")).toMatch(/bulunamadı/);
  });

  it("reports an order made in the conversation, offered as a button", async () => {
    const { chat } = await setup();
    for (const m of [
      "başvuru",
      "tüzel",
      "3230512384",
      "Örnek A.Ş.",
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
      "05321234567",
      "kart",
      "Atatürk Cad. No: 1 Ankara",
    ])
      await chat.say(m);
    const orderNo = /MM\d{10}/.exec(await chat.say("evet"))![0];
    await chat.say("sipariş durumu");
    expect(chat.buttons()).toContain(orderNo);
    const status = await chat.press(orderNo);
    expect(status).toContain("Ödeme bekleniyor");
    expect(status).toContain("1.500,00 TL");
  });

  it("explains production and delivery, then asks for the order number", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartım ne zaman üretilir")).toMatch(/ödeme/i);
    const delivery = await chat.say("kargo takip");
    expect(delivery).toMatch(/vekalet/);
    expect(delivery).toMatch(/sipariş numara/);
  });
});

describe("RA refusals inside the verified flows", () => {
  it("asks again when the new contact is the registered one", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firm);
    await chat.say("e-posta adresimi güncellemek istiyorum");
    await chat.say("3230512384");
    await chat.say(world.lastCodeTo(firm.email)!);
    await chat.press("E-posta");
    expect(await chat.say("bilgi@ornek.com.tr")).toMatch(/zaten kayıtlı/);
    expect(await chat.say("yeni@ornek.com.tr")).toContain("y***@ornek.com.tr");
  });

  it("tells an already revoked certificate apart from an expired verification", async () => {
    const { chat, world, clock } = await setup();
    await world.addCertificate(firm);
    await chat.say("kartımı kaybettim");
    await chat.say("3230512384");
    await chat.say(world.lastCodeTo(firm.email)!);
    await chat.press("Kayıp");
    clock.advance(16 * 60 * 1000);
    expect(await chat.say("evet")).toMatch(/süresi doldu/);
    expect((await world.certificates.findByVkn(firm.vkn)).every((c) => c.status === "valid")).toBe(true);
  });
});
