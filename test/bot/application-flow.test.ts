import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "./harness.ts";

describe("application dialog (§4)", () => {
  it("asks the tüzel card questions in order, with KVKK before question 2, and submits on evet", async () => {
    const { chat, world } = await setup();
    expect(await chat.say("Başvuru yapmak istiyorum")).toMatch(/tüzel kişi/i);
    expect(chat.buttons()).toEqual(["Tüzel kişi", "Gerçek kişi"]);
    const q2 = await chat.press("Tüzel kişi");
    expect(q2).toContain("KVKK");
    expect(q2.indexOf("KVKK")).toBeLessThan(q2.indexOf("VKN'sini"));
    expect(await chat.say("3230512384")).toContain("unvan");
    expect(await chat.say("Örnek Bilişim Anonim Şirketi")).toContain("İmza yetkilisinin adını");
    expect(await chat.say("Ayşe Yılmaz")).toContain("TCKN");
    expect(await chat.say("10000000146")).toContain("e-posta");
    expect(await chat.say("bilgi@ornek.com.tr")).toContain("telefon");
    await chat.say("0532 123 45 67");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    expect(await chat.press("Akıllı kart")).toContain("adres");
    const summary = await chat.say("Atatürk Cad. No: 1 Çankaya Ankara");
    expect(summary).toContain("onaylıyor musunuz");
    expect(summary).toContain("ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    for (const secret of ["3230512384", "10000000146", "bilgi@ornek.com.tr", "5321234567", "123 45 67"])
      expect(summary).not.toContain(secret);
    expect(summary).toContain("32******84");
    expect(summary).toContain("b***@ornek.com.tr");
    const done = await chat.say("evet");
    expect(done).toMatch(/Sipariş numaranız: MM\d{10}/);
    expect(done).toContain("1.500,00 TL");
    expect(done).toMatch(/Sanal POS/);
    expect(done).toContain("Vakıfbank");
    expect(done).toContain("Ziraat");
    expect(world.submissions).toHaveLength(1);
    expect(world.submissions[0]).toMatchObject({
      personType: "tuzel",
      idNumber: "3230512384",
      phone: "+905321234567",
      medium: "card",
      deliveryAddress: "Atatürk Cad. No: 1 Çankaya Ankara",
      channel: "web",
    });
  });

  it("takes a gerçek kişi typed, asking TCKN and ad soyad", async () => {
    const { chat, world } = await setup();
    await chat.say("basvuru");
    expect(await chat.say("gercek")).toContain("TCKN");
    expect(await chat.say("17291716060")).toContain("ad soyad");
    await sayAll(chat, [
      "Mehmet Demir",
      "Mehmet Demir",
      "17291716060",
      "mehmet@ornek.com.tr",
      "+90 533 765 43 21",
    ]);
    expect(await chat.say("kart")).toContain("adres");
    expect(await chat.say("Kızılay Mah. 5. Sok. No: 3 Ankara")).toContain("onaylıyor musunuz");
    expect(await chat.say("evet")).toMatch(/sipariş numara/i);
    expect(world.submissions[0]).toMatchObject({
      personType: "gercek",
      idNumber: "17291716060",
      title: "Mehmet Demir",
    });
  });

  it("advises on 'hangisi?' and a volume, then takes an HSM group application until 'bitti'", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, [
      "başvuru",
      "tüzel",
      "4540536920",
      "Büyük Holding A.Ş.",
      "Can Kaya",
      "10000000146",
      "bt@buyuk.com.tr",
      "05321112233",
    ]);
    const which = await chat.say("hangisi?");
    expect(which).toContain("HSM");
    expect(which).toMatch(/akıllı kart/i);
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    expect(await chat.say("dakikada iki yüz fatura")).toMatch(/HSM öneririz/);
    expect(await chat.say("günde 50 fatura")).toMatch(/akıllı kart yeterlidir/);
    await chat.say("HSM");
    expect(chat.buttons()).toEqual(["Bireysel", "Grup"]);
    expect(await chat.press("Grup")).toContain("VKN");
    expect(await chat.say("6180884538")).toContain("unvan");
    expect(await chat.say("Büyük Lojistik A.Ş.")).toContain("barkod");
    expect(await chat.say("BRK-2026-001")).toContain("2. firmanın");
    expect(await chat.say("bitti")).toContain("adres");
    expect(await chat.say("Organize Sanayi Bölgesi 1. Cad. No: 10 Bursa")).toContain("teknik");
    await chat.say("Deniz Ak");
    const summary = await chat.say("0 544 222 33 44");
    expect(summary).toContain("onaylıyor musunuz");
    expect(summary).toContain("BÜYÜK LOJİSTİK");
    expect(summary).not.toContain("6180884538");
    await chat.say("evet");
    expect(world.submissions[0]).toMatchObject({
      hsmGroup: [{ vkn: "6180884538", title: "Büyük Lojistik A.Ş.", barcode: "BRK-2026-001" }],
      hsmAddress: "Organize Sanayi Bölgesi 1. Cad. No: 10 Bursa",
      techName: "Deniz Ak",
      techPhone: "+905442223344",
    });
  });

  it("answers an R9 case with the GİB postal address instead of question 2", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say("adi ortaklık");
    expect(answer).toContain("Denetim ve Uyum");
    expect(answer).toContain("ANKARA");
    expect(answer).not.toContain("KVKK");
    expect(await chat.say("3230512384")).not.toContain("unvan");
  });

  it("gives the reason for an invalid VKN and asks the same question again", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const bad = await chat.say("4540536921");
    expect(bad).toMatch(/geçersiz/);
    expect(bad).toContain("VKN");
    expect(await chat.say("12345")).toContain("10 haneli");
    expect(await chat.say("4540536920")).toContain("unvan");
  });

  it("gives reasons for a bad TCKN, e-mail and phone", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384", "Örnek A.Ş.", "Ayşe Yılmaz"]);
    expect(await chat.say("17291716050")).toMatch(/TCKN geçersiz/);
    await chat.say("17291716060");
    expect(await chat.say("bilgi@")).toMatch(/geçerli bir e-posta adresi değil/);
    await chat.say("bilgi@ornek.com.tr");
    expect(await chat.say("0212 123 45 67")).toMatch(/cep telefonu numarası değil/);
  });

  it("takes numbers with separators or a label, and refuses a bare number as the address", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("vkn: 323.051.2384")).toContain("unvan");
    await sayAll(chat, ["Örnek A.Ş.", "Ayşe Yılmaz"]);
    expect(await chat.say("TC kimlik no: 100 000 001 46")).toContain("e-posta");
    await chat.say("bilgi@ornek.com.tr");
    await chat.say("tel: 0532 123 45 67");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    await chat.say("kart");
    const bare = await chat.say("3230512384");
    expect(bare).toContain("açık adres gibi görünmüyor");
    expect(bare).toContain("teslimat adresi");
    expect(bare).not.toContain("onaylıyor musunuz");
    expect(await chat.say("Atatürk Cad. No: 1 Çankaya Ankara")).toContain("onaylıyor musunuz");
  });

  it("accepts official test VKNs only in test mode", async () => {
    const strict = await setup();
    await sayAll(strict.chat, ["başvuru", "tüzel"]);
    expect(await strict.chat.say("1234567801")).toMatch(/geçersiz/);
    const test = await setup({ testMode: true });
    await sayAll(test.chat, ["başvuru", "tüzel"]);
    expect(await test.chat.say("1234567801")).toContain("unvan");
  });

  it("goes back one question with 'geri'", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("3230512384")).toContain("unvan");
    expect(await chat.say("geri")).toContain("VKN");
    expect(await chat.say("4540536920")).toContain("unvan");
    await sayAll(chat, tuzelCardAnswers.slice(3));
    await chat.say("evet");
    expect(world.submissions[0]?.idNumber).toBe("4540536920");
  });

  it("leaves the dialog with 'iptal' and forgets the answers", async () => {
    const { chat, world, states, ref } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
    expect(await chat.say("iptal")).toMatch(/vazgeçtiniz/);
    const about = await chat.say("mali mühür nedir");
    expect(about).toContain("tüzel kişi");
    expect(about).not.toContain("unvan");
    expect(JSON.stringify(await states.load(ref.id))).not.toContain("3230512384");
    expect(world.submissions).toHaveLength(0);
  });

  it("corrects a field from the summary and returns to the summary", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("hayır")).toMatch(/Hangi bilgiyi/);
    expect(chat.buttons()).toContain("E-posta");
    expect(await chat.say("e-posta")).toContain("e-posta adresinizi");
    const summary = await chat.say("muhasebe@ornek.com.tr");
    expect(summary).toContain("m***@ornek.com.tr");
    expect(summary).toContain("onaylıyor musunuz");
    await chat.say("evet");
    expect(world.submissions[0]?.email).toBe("muhasebe@ornek.com.tr");
  });

  it("changing the medium in the summary asks the HSM questions", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    await chat.say("hayır");
    await chat.press("Sertifika ortamı");
    await chat.press("HSM");
    expect(chat.buttons()).toEqual(["Bireysel", "Grup"]);
    await chat.press("Bireysel");
    await sayAll(chat, ["Organize Sanayi Bölgesi 1. Cad. No: 10 Bursa", "Deniz Ak"]);
    const summary = await chat.say("05442223344");
    expect(summary).toContain("HSM adresi");
    expect(summary).not.toContain("Teslimat adresi");
  });

  it("answers a side question at a button step and asks the pending question again", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    const answer = await chat.say("fiyat nedir");
    expect(answer).toContain("TL");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
    expect(await chat.say("kart")).toContain("adres");
  });

  it("returns the same order when a confirmation is retried after a lost save (idempotency key)", async () => {
    const { world, chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const before = states.saved.get(ref.id)!;
    const first = await chat.say("evet");
    states.saved.set(ref.id, before);
    const second = await chat.say("evet");
    const orderNo = /MM\d{10}/;
    expect(second.match(orderNo)?.[0]).toBe(first.match(orderNo)?.[0]);
    expect(world.submissions).toHaveLength(1);
  });
});

describe("help at the application's VKN question", () => {
  it("'VKN'mi hatırlamıyorum' gets where to find it, then the same question; the dialog goes on", async () => {
    const { chat, states, ref } = await setup();
    await chat.say("başvuru yapmak istiyorum");
    await chat.say("tüzel");
    for (const typed of ["vkn'mi hatırlamıyorum", "bilmiyorum", "vergi numaramızı nereden bulurum"]) {
      const answer = await chat.say(typed);
      expect(answer, typed).toMatch(/vergi levha/);
      expect(answer, typed).toMatch(/VKN'sini \(10 haneli/);
      expect(JSON.parse(states.saved.get(ref.id)!).flow.step, typed).toBe("idNumber");
    }
    expect(await chat.say("3230512384")).toMatch(/unvan/i);
  });
});
