/**
 * The unvan question takes a firm's name only (tester round 15, a38/a36/a10/a44): a question, a
 * non-answer ("bilmiyorum"), a single word without a legal form, or a message carrying a VKN, phone
 * or e-mail is never stored as the unvan (it becomes the certificate's name); the customer is told
 * why and asked again. A real unvan, with or without its legal form, still passes.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

async function atTitle(locale: "tr" | "en" = "tr") {
  const w = await setup({ locale });
  if (locale === "tr") {
    await w.chat.say("başvuru");
    await w.chat.say("tüzel");
    await w.chat.say("3230512384");
  } else {
    await w.chat.say("I want to apply");
    await w.chat.say("legal person");
    await w.chat.say("3230512384");
  }
  return w;
}

const titleOf = (w: Awaited<ReturnType<typeof setup>>) =>
  JSON.parse(w.states.saved.get(w.ref.id)!).flow?.data?.title as string | undefined;

describe("the unvan question", () => {
  it.each([
    ["a side question", "fiyat ne kadar acaba", /TL/],
    ["two side questions", "bu arada pin nedir, kart ne zaman gelir?", /PIN|soru gibi/],
    ["a non-answer", "bilmiyorum", /vergi levha/i],
    ["asking what to write", "ne yazmam lazim", /vergi levha/i],
    ["a single word", "asdf", /tam unvan/i],
    ["a question with no topic", "bunu neden soruyorsunuz?", /unvan/i],
  ])("%s ('%s') is not stored, answered, and the unvan asked again", async (_what, text, expected) => {
    const w = await atTitle();
    const answer = await w.chat.say(text);
    expect(answer).toMatch(expected);
    expect(answer).toMatch(/unvanını/);
    expect(titleOf(w)).toBeUndefined();
  });

  it("a message with a VKN, TCKN, phone or e-mail is no unvan: said so, nothing stored", async () => {
    const w = await atTitle();
    const answer = await w.chat.say("Örnek Gıda Ltd Şti vkn 4540536920 mail ali@firma.com.tr");
    expect(answer).toMatch(/yalnızca firmanın adı/);
    expect(titleOf(w)).toBeUndefined();
  });

  it("'temsilci istiyorum' with data after it is a hand-off, nothing stored", async () => {
    const w = await atTitle();
    await w.chat.say(
      "temsilci istiyorum, vkn 4540536920 tckn 17291716060 mail ali@firma.com.tr tel 05321112233",
    );
    expect(w.handoff.requests).toHaveLength(1);
    expect(titleOf(w)).toBeUndefined();
  });

  it.each([
    "Örnek Bilişim A.Ş.",
    "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
    "Örnek Gıda Ltd Şti",
    "Ne Güzel Tekstil Limited Şirketi",
    "Örnek Teknoloji",
    "3M Türkiye Sanayi ve Ticaret Ltd. Şti.",
    "Bizim Toptan Satış Mağazaları A.Ş.",
    "Tamam Gıda Ltd. Şti.",
    "Sosyal Güvenlik Kurumu",
    "Türkiye İş Bankası",
    "Anadolu Lojistik",
    "Örnek Plastik Optik",
    "Temiz Enerji Üretim",
  ])("a real unvan passes: %s", async (title) => {
    const w = await atTitle();
    expect(await w.chat.say(title)).toMatch(/mza yetkilisi/);
    expect(titleOf(w)).toBeDefined();
  });

  it("in English: 'I don't know' gets where to find it, and the question again", async () => {
    const w = await atTitle("en");
    const answer = await w.chat.say("I don't know");
    expect(answer).toMatch(/tax certificate/i);
    expect(titleOf(w)).toBeUndefined();
  });

  it.each([
    "kendi adımıza",
    "aynı firma",
    "henüz belli değil",
    "şirketimizin adı Örnek Bilişim",
    "başvuru yapmak istiyorum",
    "not known yet",
    "önceki kartımızın zarfında pin yoktu",
    "kargo hala gelmedi",
    "geçen sene başvurumuz vardı",
  ])("a sentence without a legal form is no unvan (session 16's leftover): %s", async (text) => {
    const w = await atTitle();
    const answer = await w.chat.say(text);
    expect(answer).toMatch(/unvan/i);
    expect(answer).not.toMatch(/mza yetkilisi/);
    expect(titleOf(w)).toBeUndefined();
  });
});
