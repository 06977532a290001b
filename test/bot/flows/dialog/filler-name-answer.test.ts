/**
 * Outside tester, round 21 (D02, D02b): at the unvan question "tamamdir devam" was stored as the
 * unvan, and in English "ok continue" after a side question ("Title (unvan): OK CONTİNUE" in the
 * summary, the certificate's CN). Words of acknowledgement only are refused with their reason at
 * every free-text name question (unvan, ad soyad, imza yetkilisi) and the question is asked again.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../../harness.ts";

const dataOf = (w: Awaited<ReturnType<typeof setup>>) =>
  JSON.parse(w.states.saved.get(w.ref.id)!).flow?.data as Record<string, string | undefined>;

describe("filler words at a name question", () => {
  it.each(["tamamdir devam", "Tamamdır, devam edelim", "tmm devm", "peki hadi", "evet devam", "ok continue"])(
    "'%s' at the unvan is refused and the unvan asked again",
    async (text) => {
      const w = await setup();
      await sayAll(w.chat, ["basvuru", "tuzel", "3230512384"]);
      const answer = await w.chat.say(text);
      expect(answer).toMatch(/onay sözcükleri/);
      expect(answer).toMatch(/unvan/);
      expect(answer).not.toMatch(/mza yetkilisinin adını/);
      expect(dataOf(w).title).toBeUndefined();
    },
  );

  it("in English, 'ok continue' after a side question is no title", async () => {
    const w = await setup({ locale: "en" });
    await sayAll(w.chat, ["I want to apply", "company", "1112223339"]);
    expect(await w.chat.say("how much is it by the way?")).toMatch(/price/i);
    for (const text of ["ok continue", "okay go on", "sure, next"]) {
      const answer = await w.chat.say(text);
      expect(answer).toMatch(/title/);
      expect(answer).not.toMatch(/signatory/);
    }
    expect(dataOf(w).title).toBeUndefined();
  });

  it.each(["tamamdir devam", "ok continue", "okay sure", "peki tamam"])(
    "'%s' at the signatory's name is refused, not answered as a side question",
    async (text) => {
      const w = await setup();
      await sayAll(w.chat, ["basvuru", "tuzel", "3230512384", "Örnek Bilişim A.Ş."]);
      const answer = await w.chat.say(text);
      expect(answer).toMatch(/onay sözcükleri/);
      expect(answer).toMatch(/mza yetkilisinin adını/);
      expect(dataOf(w).signerName).toBeUndefined();
    },
  );

  it("at a gerçek kişi's name too; a real name with such a word passes", async () => {
    const w = await setup();
    await sayAll(w.chat, ["basvuru", "gercek", "10000000146"]);
    expect(await w.chat.say("tamamdir devam")).toMatch(/onay sözcükleri/);
    expect(await w.chat.say("Hadi Yılmaz")).toMatch(/mza yetkilisi/);
    expect(await w.chat.say("Tamam Gıda Ltd. Şti.")).not.toMatch(/onay sözcükleri/);
  });
});
