import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

describe("informational topics", () => {
  it.each([
    ["R1", "Merhaba", ["mali mühür"]],
    ["R1.1", "mali muhur nedir", ["tüzel kişi", "e-Fatura"]],
    ["R1.2", "e-imzadan farki ne", ["e-imza", "gerçek kişi"]],
    ["R2.1/R2.2", "başvurmadan önce ne bilmeliyim", ["GİB", "120"]],
    ["R2.5", "HSM gereksinimleri nelerdir", ["FIPS 140-2", "EAL4+", "RSA 2048", "SHA-256", "SHA-512"]],
    ["R2.4", "hsm nereden temin ederim", ["Dirak HSM", "yerinde gözetim"]],
    ["R3.2", "ödeme nasıl yapılır", ["Vakıfbank", "Ziraat", "bir iş günü"]],
    ["R4.1", "kartım geldi ne yapmalıyım", ["adımları", "Kilit Çözme", "Akis Kart İzleme Aracı"]],
    ["R4.2", "pinim bloke oldu", ["Kilit Çözme"]],
    ["R4.3", "puk deneyeyim mi", ["2014", "kalıcı", "Akis Kart İzleme Aracı"]],
    // PUK already entered wrong: no "use Kilit Çözme" (it cannot help a disabled card), the renewal
    [
      "R4.3",
      "PUK kodumu 3 kere yanlış girdim",
      ["kullanım dışı", "ücret karşılığında", "daha fazla denemeyin"],
    ],
    ["R5.2", "şirketimizin unvanı değişti", ["yeni", "başvuru"]],
    ["R6.1", "fiyat nedir", ["1.500,00 TL", "12.000,00 TL", "3.000,00 TL"]],
    ["R6.2", "faturam nerede", ["zarf"]],
    ["R6.2", "fatura bilgilerim yanlış geldi", ["zarf"]],
    ["R6.3", "iade alabilir miyim", ["iade edilmez"]],
    ["R8", "sertifikamı nasıl yenilerim", ["3 yıl", "1 hafta", "başvuru"]],
    ["R9.1", "kooperatifler başvurabilir mi", ["Denetim ve Uyum", "ANKARA"]],
    ["R11", "çağrı merkezi numarası", ["444 5 576"]],
  ])("%s: %s", async (_rule, question, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(question);
    for (const e of expected) expect(answer).toContain(e);
  });

  it("R4.1: never asks for the PIN when the card arrived", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartım geldi ne yapmalıyım")).not.toMatch(/PIN'inizi yazın/);
  });

  it("troubleshoots: first the card and validity, then the vendor (R10)", async () => {
    const { chat } = await setup();
    const first = await chat.say("e-fatura imzalarken hata alıyorum");
    expect(first).toContain("PIN");
    // the seed names the card tool (R10.1): customers know it by that name
    expect(first).toContain("Akis Kart İzleme Aracı");
    expect(first).toMatch(/iptal|süresi/);
    expect(await chat.say("ikisi de sorunsuz")).toMatch(/uygulama|yazılım/);
  });

  it("shows a menu whose labels can also be typed", async () => {
    const { chat } = await setup();
    await chat.start();
    expect(chat.buttons()).toContain("Sipariş durumu");
    expect(await chat.say("sipariş durumu")).toMatch(/sipariş numara/i);
    await chat.say("menü");
    expect(await chat.press("Fiyatlar")).toContain("TL");
  });
});

describe("fallback", () => {
  it("offers the menu and the agent after two misunderstood messages in a row", async () => {
    const { chat } = await setup();
    const first = await chat.say("qwx zzv");
    expect(first).toMatch(/anlayamadım/);
    expect(chat.buttons()).toEqual([]);
    await chat.say("blorp");
    expect(chat.buttons()).toContain("Temsilci");
    expect(chat.buttons()).toContain("Başvuru");
  });

  it("resets the count after an understood message", async () => {
    const { chat } = await setup();
    await chat.say("qwx zzv");
    await chat.say("fiyat");
    await chat.say("blorp");
    expect(chat.buttons()).toEqual([]);
  });
});

describe("hand-off (temsilci)", () => {
  it("requests an agent with a masked summary, relays messages while open, returns to the bot after", async () => {
    const { chat, handoff } = await setup();
    for (const m of [
      "başvuru",
      "tüzel",
      "3230512384",
      "Örnek A.Ş.",
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
    ])
      await chat.say(m);
    expect(await chat.say("temsilci")).toMatch(/temsilci/);
    const summary = handoff.requests[0]!.summary;
    expect(summary).toContain("application");
    expect(summary).toContain("32******84");
    expect(summary).toContain("b***@o***.com.tr");
    expect(summary).not.toContain("3230512384");
    expect(summary).not.toContain("bilgi@ornek.com.tr");
    expect(await chat.say("Merhaba, başvurum için yardım lazım")).toMatch(/temsilciye ilettim/);
    expect(handoff.relayed).toEqual([
      { conversationId: "conv-1", text: "Merhaba, başvurum için yardım lazım" },
    ]);
    expect(await chat.say("pinim 482913")).toMatch(/paylaşmayın/);
    expect(handoff.relayed).toHaveLength(1);
    handoff.open.clear();
    expect(await chat.say("fiyat")).toContain("TL");
  });

  it("is reached from inside a dialog with a typed sentence", async () => {
    const { chat, handoff } = await setup();
    await chat.say("başvuru");
    await chat.say("temsilciye bağlanmak istiyorum");
    expect(handoff.requests).toHaveLength(1);
  });
});

describe("R2.2/R2.3 advice outside the application", () => {
  it.each([
    ["dakikada 200 fatura kesiyoruz hangisini almalıyım", /HSM öneririz/],
    ["dakikada 30 fatura kesiyoruz, kart mı hsm mi", /akıllı kart yeterlidir/],
    ["şubelerimiz de fatura kesiyor hangisi uygun", /HSM öneririz/],
  ])("%s", async (question, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(question);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/zarf/);
    expect(chat.buttons()).toContain("Başvuru");
  });
});

describe("R7 lost or stolen card, said in everyday words", () => {
  it.each(["kartım kayboldu", "mali mühür kartımız çalındı", "kartimi kaybettim"])("%s", async (text) => {
    const { chat } = await setup();
    await chat.say("sertifikam çalışmıyor");
    expect(await chat.say(text)).toContain("VKN");
  });
});

describe("R3.3 how long it takes", () => {
  it.each(["kart başvurusu için ne kadar süre bekleyeceğim", "kaç gün sürer"])("%s", async (text) => {
    const { chat } = await setup();
    expect(await chat.say(text)).not.toMatch(/Güncel fiyatlar/);
  });
});
