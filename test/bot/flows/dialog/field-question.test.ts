/**
 * A question about the application's own question, typed at it (bot/flows/dialog/field-question.ts):
 * "TCKN neden gerekli?", "telefonumu niye soruyorsunuz", "why do you need my ID number?" get the
 * reason that field is asked (the current one, or the one named), and "adresi sonra yazsam olur mu",
 * "can I give the address later?" the honest answer (no application without it; leaving discards
 * the answers, "başvuru" starts again from the first question); then the same question again. Before,
 * they got the contact topic ("Çağrı merkezimiz: 444 5 576 …"), "seçeneklerden birini seçin" or the
 * field's format error. A real answer is still taken, and such a question is never stored as one.
 */
import { describe, expect, it } from "vitest";
import { type Chat, legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

/** Where each question of a tüzel kişi's card application is asked (answers typed before it). */
const at = {
  type: tuzelCardAnswers.slice(0, 1),
  vkn: tuzelCardAnswers.slice(0, 2),
  title: tuzelCardAnswers.slice(0, 3),
  email: tuzelCardAnswers.slice(0, 6),
  phone: tuzelCardAnswers.slice(0, 7),
  address: tuzelCardAnswers.slice(0, 9),
  tckn: ["başvuru", "gerçek"],
};

/** The question itself, as asked again. */
const question = {
  type: "tüzel kişi adına mı yoksa gerçek kişi adına mı",
  vkn: "Firmanızın VKN'sini",
  title: "Firmanın unvanını",
  email: "e-posta adresinizi yazın",
  phone: "Cep telefonu numaranızı yazın",
  address: "teslimat adresini yazın",
  tckn: "TCKN'nizi (11 haneli",
};

/** A piece of each field's reason. */
const reason = {
  type: "sertifikaya yazılan bilgiler farklıdır",
  vkn: "hangi firmaya ait olduğunu belirler",
  tckn: "sertifika sizin adınıza düzenlenir",
  idAny: "başvuru sahibinin kimlik numarasıyla düzenlenir",
  signerTckn: "imza yetkilisini kesin olarak belirler",
  title: "firmanın adı olarak (büyük harflerle) yazılır",
  email: "bildirimler bu adrese gönderilir",
  phone: "SMS ile bir doğrulama kodu",
  address: "kargo ile gönderilir ve imza yetkilisine teslim edilir",
};

const later = "bu bilgi olmadan tamamlanamaz";
/** What these questions got before: the contact topic, a format error, "choose one". */
const wrongAnswers = [/Çağrı merkezimiz/, /haneli bir sayıdır/, /geçerli bir/, /seçeneklerden birini/];

async function chatAt(where: keyof typeof at, locale: "tr" | "en" = "tr"): Promise<Chat> {
  const { chat } = await setup({ locale });
  await sayAll(chat, at[where]);
  return chat;
}

function expectOnly(answer: string, ...parts: string[]): void {
  for (const part of parts) expect(answer).toContain(part);
  for (const wrong of wrongAnswers) expect(answer).not.toMatch(wrong);
}

describe("why a question is asked: its reason, then the same question", () => {
  const cases: [keyof typeof at, keyof typeof reason, string[]][] = [
    ["type", "type", ["bunu neden soruyorsunuz?", "tüzel mi gerçek mi diye niye soruyorsunuz", "neden?"]],
    ["type", "idAny", ["TCKN neden gerekli?", "kimlik numarami ne icin istiyorsunuz"]],
    [
      "vkn",
      "vkn",
      [
        "vergi numaramı neden istiyorsunuz",
        "VKN neden gerekli?",
        "vkn niye lazim",
        "vergi kimlik numarası ne için gerekli",
        "bunu neden soruyorsunuz",
        "neden?",
      ],
    ],
    ["vkn", "signerTckn", ["TCKN neden gerekli?"]],
    ["vkn", "phone", ["telefonumu niye soruyorsunuz"]],
    [
      "tckn",
      "tckn",
      ["TCKN neden gerekli?", "tc kimlik numaramı niye istiyorsunuz", "kimlik numarası ne için lazım"],
    ],
    [
      "title",
      "title",
      ["unvan neden gerekli", "unvanımızı niye soruyorsunuz?", "firma adını ne için istiyorsunuz"],
    ],
    ["title", "email", ["e-posta adresi ne için lazım"]],
    [
      "email",
      "email",
      [
        "e-posta adresi ne için lazım",
        "mail adresimi neden istiyorsunuz",
        "eposta niye gerekli?",
        "neden soruyorsunuz",
      ],
    ],
    ["email", "signerTckn", ["TCKN neden gerekli?"]],
    [
      "phone",
      "phone",
      [
        "telefonumu niye soruyorsunuz",
        "cep numaramı neden istiyorsunuz?",
        "telefon numarasi ne icin gerekli",
      ],
    ],
    ["phone", "address", ["adresi ne için istiyorsunuz"]],
    [
      "address",
      "address",
      ["adresi ne icin istiyorsunuz", "teslimat adresi neden gerekli?", "adresimi niye soruyorsunuz"],
    ],
    ["address", "email", ["e-posta adresimi niye istediniz"]],
  ];
  for (const [where, field, messages] of cases)
    for (const message of messages)
      it(`at the ${where} question, '${message}': the ${field} reason`, async () => {
        const chat = await chatAt(where);
        const answer = await chat.say(message);
        expectOnly(answer, reason[field], question[where]);
        // nothing was stored: the same question still waits for its answer
        expect(answer.indexOf(reason[field])).toBeLessThan(answer.lastIndexOf(question[where]));
      });

  it("the reasons say nothing a mali mühür does not have: the e-mail and phone are where codes and notices go", async () => {
    const chat = await chatAt("email");
    const answer = await chat.say("e-posta ne için lazım");
    expect(answer).toMatch(/doğrulamanız için/);
    expect(answer).not.toMatch(/sertifikanın içine/);
  });
});

describe("why, in English", () => {
  const enAt = {
    vkn: ["I want to apply", "legal person"],
    email: ["I want to apply", "legal person", "3230512384", "Example Ltd", "Jane Doe", "10000000146"],
  };
  const cases: [keyof typeof enAt, string, RegExp, RegExp][] = [
    ["vkn", "why do you need my ID number?", /which firm it belongs to/, /firm's VKN/],
    ["vkn", "what do you need the address for", /sent by courier/, /firm's VKN/],
    ["vkn", "why do you need this?", /which firm it belongs to/, /firm's VKN/],
    [
      "email",
      "why do you need my email address?",
      /notifications .* are sent to this address/,
      /e-mail address/,
    ],
    ["email", "what is the phone number for?", /verification code by SMS/, /e-mail address/],
  ];
  for (const [where, message, because, asked] of cases)
    it(`at the ${where} question, '${message}'`, async () => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, enAt[where]);
      const answer = await chat.say(message);
      expect(answer).toMatch(because);
      expect(answer).toMatch(asked);
      expect(answer).not.toMatch(/call centre: 444|is a 10-digit number|not a valid/i);
    });
});

describe("giving an answer later: the honest answer, then the same question", () => {
  const cases: [keyof typeof at, string[]][] = [
    [
      "address",
      ["adresi sonra yazsam olur mu", "adresi daha sonra verebilir miyim?", "bunu sonra girsem olur mu"],
    ],
    ["email", ["e-postayı sonra versem olur mu?", "maili sonra gönderebilir miyim", "e-posta zorunlu mu?"]],
    ["phone", ["telefonu sonra yazabilir miyim", "telefon sorusunu atlayabilir miyim?"]],
    ["title", ["unvanı sonra yazsam olur mu"]],
    ["vkn", ["vkn yi sonra versem olur mu", "adresi sonra yazsam olur mu"]],
  ];
  for (const [where, messages] of cases)
    for (const message of messages)
      it(`at the ${where} question, '${message}'`, async () => {
        const chat = await chatAt(where);
        const answer = await chat.say(message);
        expectOnly(answer, later, '"menü"', '"iptal"', '"başvuru"', question[where]);
      });

  it("a required field asked about gets its reason too ('e-posta zorunlu mu?')", async () => {
    const chat = await chatAt("email");
    expectOnly(await chat.say("e-posta zorunlu mu?"), reason.email, later, question.email);
  });

  it("what it says is what the dialog does: leaving discards the answers, 'başvuru' starts from question 1", async () => {
    const chat = await chatAt("address");
    expect(await chat.say("adresi sonra yazsam olur mu")).toMatch(/cevaplar silinir/);
    expect(await chat.say("menü")).toMatch(/kaydedilmedi/);
    expect(await chat.say("başvuru")).toContain(question.type);
  });

  it("in English: 'can I give the address later?', 'can I skip the e-mail?'", async () => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, legalAnswersToEmailEn);
    for (const message of ["can I give the address later?", "can I skip the e-mail?"]) {
      const answer = await chat.say(message);
      expect(answer).toMatch(/cannot be completed without this/);
      expect(answer).toMatch(/"menu" or "cancel"/);
      expect(answer).toMatch(/e-mail address/);
      expect(answer).not.toMatch(/call centre: 444/i);
    }
    expect(await chat.say("cancel")).toMatch(/discarded/);
    expect(await chat.say("apply")).toMatch(/legal person/);
  });
});

describe("a real answer is still taken", () => {
  const cases: [keyof typeof at, string, string][] = [
    ["address", "Neden Sokak No: 5 Kadıköy/İstanbul", "onaylıyor musunuz"],
    ["address", "Neden Sk. No 5 Kadikoy Istanbul?", "onaylıyor musunuz"],
    ["title", "Neden Yazılım Ltd. Şti.", "İmza yetkilisinin adını"],
    ["vkn", "VKN neden lazım anlamadım ama 3230512384", "Firmanın unvanını"],
    ["phone", "neden lazım bilmiyorum ama 0532 123 45 67", "akıllı kart üzerinde mi"],
    ["email", "neden gerekli anlamadım, bilgi@ornek.com.tr", "Cep telefonu numaranızı"],
  ];
  for (const [where, message, next] of cases)
    it(`at the ${where} question, '${message}' is the answer`, async () => {
      const chat = await chatAt(where);
      const answer = await chat.say(message);
      expect(answer).toContain(next);
      expect(answer).not.toContain(later);
    });

  it("a name with a question word ('Neden Yılmaz') is the gerçek kişi's name", async () => {
    const chat = await chatAt("tckn");
    await chat.say("10000000146");
    expect(await chat.say("Neden Yılmaz")).toContain("İmza yetkilisinin adını");
  });
});

describe("a why question is never the field's value", () => {
  const cases: [keyof typeof at, string, string][] = [
    ["title", "unvanımızı neden istiyorsunuz?", "Firmanın unvanını"],
    [
      "address",
      "adresimizi neden istiyorsunuz, kartı kargo ile mi göndereceksiniz",
      "teslimat adresini yazın",
    ],
    ["address", "Teslimat adresi neden gerekli? Ankara'dayız", "teslimat adresini yazın"],
  ];
  for (const [where, message, asked] of cases)
    it(`at the ${where} question, '${message}'`, async () => {
      const chat = await chatAt(where);
      const answer = await chat.say(message);
      expect(answer).toContain(reason[where === "title" ? "title" : "address"]);
      expect(answer).toContain(asked);
      expect(answer).not.toMatch(/İmza yetkilisinin adını|onaylıyor musunuz/);
    });

  it("the gerçek kişi's name question: 'adımı neden istiyorsunuz' is no name", async () => {
    const chat = await chatAt("tckn");
    await chat.say("10000000146");
    const answer = await chat.say("adımı neden istiyorsunuz");
    expect(answer).toContain("TCKN'nizle birlikte sertifikanın içine");
    expect(answer).toContain("Adınızı ve soyadınızı");
  });
});

describe("another topic with a why stays that topic", () => {
  const cases: [keyof typeof at, string, RegExp][] = [
    ["email", "pinim neden bloke oldu?", /Kilit Çözme/],
    ["email", "fiyat neden bu kadar yüksek, ne kadar?", /fiyat/i],
    ["phone", "kart sonra mı gelir, kaç günde gelir?", /kargo/],
  ];
  for (const [where, message, topic] of cases)
    it(`at the ${where} question, '${message}'`, async () => {
      const chat = await chatAt(where);
      const answer = await chat.say(message);
      expect(answer).toMatch(topic);
      expect(answer).not.toContain(later);
      for (const part of Object.values(reason)) expect(answer).not.toContain(part);
      expect(answer).toContain(question[where]);
    });
});

it("'neden bu kadar pahalı?' at the e-mail question is no question about the e-mail", async () => {
  const chat = await chatAt("email");
  const answer = await chat.say("neden bu kadar pahalı?");
  expect(answer).not.toContain(later);
  for (const part of Object.values(reason)) expect(answer).not.toContain(part);
  expect(answer).toContain(question.email);
});

describe("the medium, the HSM's questions and the summary", () => {
  const hsm = [...tuzelCardAnswers.slice(0, 8), "HSM"];
  const cases: [string[], string, string, string][] = [
    [
      tuzelCardAnswers.slice(0, 8),
      "bunu neden soruyorsunuz?",
      "Sertifikanın nerede duracağını belirler",
      "akıllı kart üzerinde mi",
    ],
    [hsm, "neden soruyorsunuz?", "VKN'si farklı başka firmalar da kullanacaksa", "bireysel mi"],
    [
      [...hsm, "bireysel"],
      "HSM adresini ne için istiyorsunuz?",
      "bu adresteki HSM'nize yüklenir",
      "HSM'nin bulunduğu adresi",
    ],
    [
      [...hsm, "bireysel", "Kızılay Mah. Atatürk Blv. No: 5 Çankaya/Ankara"],
      "teknik kişiyi niye soruyorsunuz?",
      "Kurulum randevusu",
      "teknik kişinin adını",
    ],
    [tuzelCardAnswers, "telefonumu neden istiyorsunuz?", "SMS ile bir doğrulama kodu", "onaylıyor musunuz"],
  ];
  for (const [answers, message, because, asked] of cases)
    it(`'${message}' after ${answers.length} answers`, async () => {
      const { chat } = await setup();
      await sayAll(chat, answers);
      const answer = await chat.say(message);
      expect(answer).toContain(because);
      expect(answer).toContain(asked);
      expect(answer).not.toMatch(/Çağrı merkezimiz|seçeneklerden birini/);
    });
});

describe("a question about the field is never stored as its value (the unvan goes into the certificate)", () => {
  it.each([
    ["title", "Neden şirket unvanımızı istiyorsunuz", reason.title],
    ["title", "unvan ne için lazım anonim şirketiz", reason.title],
    ["title", "firma unvanını niye soruyorsunuz, limited şirketiz", reason.title],
    ["address", "adresi neden istiyorsunuz, mahalle sokak mı yazayım", reason.address],
  ] as const)("at the %s question, %j is answered and asked again", async (where, message, why) => {
    const chat = await chatAt(where);
    const answer = await chat.say(message);
    expect(answer).toContain(why);
    expect(answer).toContain(question[where]);
  });
});

describe("a why question holding a postcode is no address: answered, asked again, nothing stored", () => {
  const hsmAddressAt = [...tuzelCardAnswers.slice(0, 8), "HSM", "bireysel"];
  const questions: [string[], string, string, string][] = [
    ...[
      "teslimat adresi ne icin lazim, kadikoy istanbul 34710 mu yazayim",
      "adres neden gerekli 34000 yazsam olur mu",
      "Adresi niye istiyorsunuz? Moda Cad. No 12 34710 yazsam yeterli mi",
      "adres ne için gerekli, sadece 34710 Kadıköy yazsam olur mu?",
      "neden adres lazım ki, 06100 ankara mı yazalım",
      "Teslimat adresini neden soruyorsunuz 35220 izmir olur mu",
      "adres niye gerekli 34710 girsem olur mu",
      "adresi ne icin istiyosunuz 34710 kadıköy yeter mi",
    ].map((m): [string[], string, string, string] => [at.address, m, reason.address, question.address]),
    [
      hsmAddressAt,
      "HSM adresini ne için istiyorsunuz, 06800 Çankaya mı yazayım",
      "bu adresteki HSM'nize yüklenir",
      "HSM'nin bulunduğu adresi",
    ],
  ];
  for (const [answers, message, because, asked] of questions)
    it(`'${message}'`, async () => {
      const { chat } = await setup();
      await sayAll(chat, answers);
      const answer = await chat.say(message);
      expect(answer).toContain(because);
      expect(answer).toContain(asked);
      expect(answer).not.toMatch(/onaylıyor musunuz|teknik kişinin adını/);
    });

  it.each([
    ["why do you need the address, should I write 34710 Istanbul?"],
    ["what do you need the delivery address for? is 34710 kadikoy enough?"],
    ["why is the address needed, can I just write 06100 Ankara?"],
  ])("in English: %j", async (message) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, [...legalAnswersToEmailEn, "jane@example.com", "0532 123 45 67", "smart card"]);
    const answer = await chat.say(message);
    expect(answer).toMatch(/sent by courier/);
    expect(answer).toMatch(/delivery address/i);
    expect(answer).not.toMatch(/do you confirm/i);
  });

  it.each([
    ["Moda Cad. No: 12 Kadıköy 34710 İstanbul", "Moda Cad. No: 12 Kadıköy 34710 İstanbul"],
    ["Neden Sokak No 5 34000 Fatih", "Neden Sokak No 5 34000 Fatih"],
    ["Neden Sk. No 12 Daire 3 34710 Kadıköy/İstanbul?", "Neden Sk. No 12 Daire 3 34710"],
    ["moda cad no 12 kadikoy 34710 istanbul, kart buraya gelsin", "moda cad no 12 kadikoy 34710"],
    ["adres neden lazim anlamadim ama Moda Cad No 12 34710 Kadikoy", "Moda Cad No 12 34710 Kadikoy"],
    ["Bağdat Cad. No 45/3 34728 Kadıköy İstanbul (neden lazım anlamadım ama)", "Bağdat Cad. No 45/3 34728"],
  ])("a real address with digits is taken: %j", async (message, stored) => {
    const chat = await chatAt("address");
    const answer = await chat.say(message);
    expect(answer).toContain("onaylıyor musunuz");
    expect(answer).toContain(stored);
  });
});
