/**
 * Customer tester (session 27): "eski numara artık kullanılmıyor kod oraya gitti mi" typed at a
 * contact update's new-number question left the update (read as another topic). Where the code goes
 * and the old contact out of use are part of the question: the code goes to the new contact, the old
 * one is only told; then the same question, and the new value typed next is taken.
 */
import { describe, expect, it } from "vitest";
import { verifiedFirmA } from "../harness.ts";

async function atNewValue(locale: "tr" | "en", opening: string, kind: string) {
  const w = await verifiedFirmA(locale, opening);
  await w.chat.press(kind);
  return w;
}

describe("the old contact or the code asked at the new value", () => {
  it.each([
    "eski numara artık kullanılmıyor kod oraya gitti mi",
    "eski numaram kapandı",
    "eski hattım artık yok, kod nereye gelecek",
    "kod eski numaraya mı gidecek",
    "kayıtlı telefona erişimim yok",
  ])("'%s' at the new phone: the code goes to the new one, the question stays", async (typed) => {
    const w = await atNewValue("tr", "telefon numaramı güncellemek istiyorum", "Telefon");
    const answer = await w.chat.say(typed);
    expect(answer).toMatch(/yeni bilgiye gönderilir/);
    expect(answer).toMatch(/Yeni cep telefonu numaranızı yazın/);
    await w.chat.say("0533 222 11 00");
    expect(w.world.lastCodeTo("+905332221100")).toBeDefined();
  });

  it("'eski mailime erişimim yok' at the new e-mail", async () => {
    const w = await atNewValue("tr", "e-posta adresimi güncellemek istiyorum", "E-posta");
    expect(await w.chat.say("eski mailime erişimim yok")).toMatch(/yeni bilgiye gönderilir/);
    await w.chat.say("yeni@ornek.com.tr");
    expect(w.world.lastCodeTo("yeni@ornek.com.tr")).toBeDefined();
  });

  it.each(["my old number is no longer in use", "where will the code go?"])(
    "'%s' in English",
    async (typed) => {
      const w = await atNewValue("en", "I want to update my phone number", "Phone");
      const answer = await w.chat.say(typed);
      expect(answer).toMatch(/goes to the new contact/);
      expect(answer).toMatch(/mobile/i);
    },
  );

  it("another question is not this answer", async () => {
    const w = await atNewValue("tr", "telefon numaramı güncellemek istiyorum", "Telefon");
    expect(await w.chat.say("mali mühür fiyatı ne kadar")).not.toMatch(/yeni bilgiye gönderilir/);
  });
});
