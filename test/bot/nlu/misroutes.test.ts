/**
 * The misroutes of issue 15, each through the whole engine: what the customer wrote, and what
 * answer it must (and must not) get. Every case failed on the keyword rules.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const revocationStart = /kimliğinizi doğrulamamız gerekiyor|Sertifikanızı kendiniz de iptal/;

describe("issue 15 misroutes", () => {
  it.each([
    ["ödemem alındı mı", /sanal POS|Vakıfbank/],
    ["kartımız teslim alındı", /adımları izleyin/],
  ])("'%s' (one typo from 'çalındı') never starts revocation", async (text, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(revocationStart);
    expect(answer).toMatch(expected);
  });

  it("'başvurumu iptal etmek istiyorum' cancels an unpaid application, not a certificate", async () => {
    const { chat } = await setup();
    const answer = await chat.say("başvurumu iptal etmek istiyorum");
    expect(answer).not.toMatch(revocationStart);
    expect(answer).toContain("kendiliğinden düşer");
    expect(answer).toContain("444 5 576");
  });

  it.each(["mühürümüz çalışmıyor", "e-arşiv faturaları imzalanmıyor", "kart okuyucu kartı görmüyor"])(
    "'%s' gets R10 troubleshooting",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).not.toMatch(revocationStart);
      expect(answer).toContain("Bir hata alıyorsanız önce");
      expect(chat.buttons()).toContain("İkisi de sorunsuz");
    },
  );

  it("'hsm ile kart arasındaki fark' gets the card/HSM comparison (R2.2/R2.3), not e-imza", async () => {
    const { chat } = await setup();
    const answer = await chat.say("hsm ile kart arasındaki fark");
    expect(answer).toContain("1000–1200");
    expect(answer).not.toContain("nitelikli elektronik sertifika");
  });

  it("'imza sirküleri gerekli mi' is answered (before applying), not with e-imza", async () => {
    const { chat } = await setup();
    const answer = await chat.say("imza sirküleri gerekli mi");
    expect(answer).toContain("İmza sirküleri yalnızca");
    expect(answer).not.toContain("nitelikli elektronik sertifika");
  });

  it("'e-fatura başvurusu nasıl yapılır' gets R2.1 (GİB), not our application", async () => {
    const { chat } = await setup();
    const answer = await chat.say("e-fatura başvurusu nasıl yapılır");
    expect(answer).toContain("GİB");
    expect(answer).not.toContain("tüzel kişi adına mı");
  });

  it("'e-Devlet' typed by a customer is understood, and revocation names the e-Devlet path (R7.3)", async () => {
    const { chat } = await setup();
    const answer = await chat.say("e-Devlet");
    expect(answer).toContain("Şunu mu demek istediniz?");
    expect(chat.buttons()).toEqual(["Sertifika iptali", "Sertifika durumu"]);
    expect(answer).not.toMatch(revocationStart);
    const revoke = await chat.say("kartımızı kaybettik, sertifikayı iptal etmek istiyoruz");
    expect(revoke).toContain("e-Devlet");
    expect(revoke).toContain("https://onlineislemler.kamusm.gov.tr");
  });

  it("names the self-service pages: unlock (R4.2), virtual POS (R3.2), pricing page (R6.1)", async () => {
    const { chat } = await setup();
    expect(await chat.say("pinim bloke oldu")).toContain("https://onlineislemler.kamusm.gov.tr");
    expect(await chat.say("ödeme nasıl yapılır")).toContain("https://sanalpos.kamusm.gov.tr");
    expect(await chat.say("fiyat nedir")).toContain("http://mm.kamusm.gov.tr/fiyatlandirma.jsp");
  });

  it("asks instead of guessing when unsure, and never starts revocation on a guess", async () => {
    const { chat } = await setup();
    const answer = await chat.say("kart");
    expect(answer).not.toMatch(revocationStart);
    if (answer.includes("Şunu mu demek istediniz?")) expect(chat.buttons().length).toBe(2);
  });

  it("writes 'mührünüzü', never 'mühürünüzü'", async () => {
    const { chat } = await setup();
    const answer = await chat.say("kartım geldi ne yapmalıyım");
    expect(answer).toContain("mührünüzü");
    expect(answer).not.toContain("mühürünüzü");
  });
});

describe("R9 wherever the firm's type shows", () => {
  it("catches a cooperative at the unvan step", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    await chat.say("tüzel");
    await chat.say("3230512384");
    const answer = await chat.say("Örnek Kooperatifi");
    expect(answer).toContain("Denetim ve Uyum");
    expect(await chat.say("ödeme nasıl yapılır")).not.toContain("İmza yetkilisinin");
  });

  it("tells a company with a foreign partner it may apply, names the R9 case of 100 % foreign firms, and goes on", async () => {
    const { chat } = await setup();
    const answer = await chat.say("yabancı ortaklı limited şirketiz, başvurabilir miyiz");
    expect(answer).toContain("çevrim içi başvurabilir");
    expect(answer).toContain("%100 yabancı");
    expect(answer).toContain("Denetim ve Uyum");
    expect(await chat.say("tüzel")).toMatch(/vergi kimlik numaras/i);
  });

  it("refuses a 100 % foreign firm", async () => {
    const { chat } = await setup();
    expect(await chat.say("%100 yabancı sermayeli şirketiz, başvurabilir miyiz")).toContain(
      "Denetim ve Uyum",
    );
  });
});

describe("R5.2 inside the contact-update dialog", () => {
  it("answers 'unvanımız değişti' at the which-contact question, then asks it again", async () => {
    const { chat, world } = await setup();
    await world.addCertificate({
      vkn: "3230512384",
      title: "ÖRNEK A.Ş.",
      email: "a@ornek.com.tr",
      phone: "+905321234567",
    });
    await chat.say("iletişim bilgilerimi güncellemek istiyorum");
    await chat.say("3230512384");
    const code = world.lastCodeTo("a@ornek.com.tr");
    expect(code).toBeDefined();
    expect(await chat.say(code!)).toContain("Hangi iletişim bilginizi");
    const answer = await chat.say("unvanımız değişti");
    expect(answer).toContain("yeni bir mali mühür gerekir");
    expect(answer).toContain("Hangi iletişim bilginizi");
    expect(answer).not.toContain("Lütfen seçeneklerden birini seçin");
  });
});

describe("links in answers", () => {
  it("fills every link placeholder, also inside troubleshooting (R10.1, R4.2)", async () => {
    const { chat } = await setup();
    const first = await chat.say("mühürümüz çalışmıyor");
    expect(first).toContain("https://onlineislemler.kamusm.gov.tr");
    const pin = await chat.press("PIN / kart sorunu");
    expect(pin).toContain("https://onlineislemler.kamusm.gov.tr");
    for (const text of chat.transcript) expect(text).not.toContain("{{");
  });
});
