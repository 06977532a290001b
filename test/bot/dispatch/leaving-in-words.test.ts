/**
 * Outside conversation tester, round 21 (D08, D08b): common ways of giving up mid-dialog were not
 * understood: "boşver şimdilik başvurmayacağım" at the TCKN question got "TCKN 11 haneli bir
 * sayıdır", "dur vazgeçtim önce fiyatları öğreneyim" the same, and "never mind, I'll do it later"
 * the payment channels. A strong leave ("vazgeçtim", "boşver", "never mind") with words putting it
 * off leaves the dialog; with a question after it, the dialog is left and the question answered.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

const toTckn = ["basvuru", "tuzel", "3230512384", "Ornek Bilisim A.S.", "evet", "Ayse Yilmaz"];
const flowOf = (w: Awaited<ReturnType<typeof setup>>) => JSON.parse(w.states.saved.get(w.ref.id)!).flow;

describe("leaving an application in words", () => {
  it.each([
    "bosver simdilik basvurmayacagim",
    "boş ver, şimdilik başvurmayacağım",
    "vazgectim sonra basvururum",
    "vazgeçtim daha sonra yaparım",
    "dur vazgectim",
    "dur",
  ])("'%s' at the TCKN question leaves", async (text) => {
    const w = await setup();
    await sayAll(w.chat, toTckn);
    const answer = await w.chat.say(text);
    expect(answer).not.toMatch(/11 haneli/);
    expect(answer).toMatch(/vazgeçtiniz/);
    expect(flowOf(w)).toBeUndefined();
  });

  it.each(["dur vazgectim once fiyatlari ogreneyim", "vazgeçtim, fiyat ne kadar?"])(
    "'%s' leaves and answers the prices",
    async (text) => {
      const w = await setup();
      await sayAll(w.chat, toTckn);
      const answer = await w.chat.say(text);
      expect(answer).toMatch(/vazgeçtiniz/);
      expect(answer).toMatch(/fiyat/i);
      // the answer follows the leaving: no "how else can I help?" before it
      expect(answer).not.toMatch(/Başka nasıl yardımcı olabilirim/);
      expect(flowOf(w)).toBeUndefined();
    },
  );

  it.each([
    "never mind, I'll do it later",
    "never mind, maybe another time",
    "forget it, I will apply later",
  ])("in English '%s' leaves, no payment text", async (text) => {
    const w = await setup({ locale: "en" });
    await sayAll(w.chat, ["I want to apply", "company"]);
    const answer = await w.chat.say(text);
    expect(answer).not.toMatch(/virtual POS/);
    expect(answer).toMatch(/cancelled/);
  });

  it("'dur bir dakika' (wait) and an answer with such words stay in the dialog", async () => {
    const w = await setup();
    await sayAll(w.chat, toTckn);
    expect(await w.chat.say("dur bir dakika")).not.toMatch(/vazgeçtiniz/);
    expect(flowOf(w)).toBeDefined();
  });
});
