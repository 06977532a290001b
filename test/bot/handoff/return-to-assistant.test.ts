/**
 * Tester (D2): while waiting for an agent or talking to one, the natural ways of going back to the
 * assistant ("menüye dönmek istiyorum", "asistana dön", "bota dön", "geri dön", "back to menu") were
 * relayed to the agent; in a taken hand-off the customer then got no answer at all. They return to
 * the assistant; a message that only mentions the menu in a question for the agent is relayed.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const turkish = [
  "menüye dönmek istiyorum",
  "menuye donmek istiyorum",
  "menüye dön",
  "MENÜYE DÖN!",
  "ana menüye dönelim",
  "Menüye geri dönebilir miyim?",
  "asistana dön",
  "asistan'a geri dönmek istiyorum",
  "asistana dönebilir miyim lütfen",
  "bota dön",
  "bota geri dönmek istiyorum",
  "beni asistana geri aktarın",
  "asistanla devam etmek istiyorum",
  "botla devam edelim",
  "geri dön",
  "geri dönmek istiyorum",
  "menüyü göster",
  "menüyü açar mısın",
];
const english = [
  "back to menu",
  "Back to the main menu please",
  "go back to the assistant",
  "I want to return to the bot",
  "take me back to the menu",
  "show me the menu",
];
const forTheAgent = [
  "menüde fiyat yok mu?",
  "menüde başvuru durumu seçeneği göremedim",
  "asistan bana yanlış fiyat söyledi",
  "bot anlamadı, siz yardımcı olur musunuz",
  "menüye dönmek istemiyorum, sizinle konuşmak istiyorum",
  "menüye dönünce fiyatı görebilir miyim?",
  "asistana geçmeden önce bir sorum var",
  "menüye dönmeden önce kargo durumunu söyler misiniz",
  "geri ödeme ne zaman yapılır",
];

describe("asking to go back to the assistant during a hand-off", () => {
  describe.each(["open", "taken"] as const)("while the hand-off is %s", (status) => {
    it.each(turkish)("'%s' returns to the assistant, nothing relayed", async (text) => {
      const { chat, handoff } = await setup();
      await chat.say("temsilci");
      if (status === "taken") handoff.taken.add("conv-1");
      const answer = await chat.say(text);
      expect(answer).toMatch(/asistana döndünüz/);
      expect(chat.buttons()).toContain("Başvuru");
      expect(handoff.open.has("conv-1")).toBe(false);
      expect(handoff.relayed).toHaveLength(0);
    });

    it.each(english)("'%s' (English conversation) returns to the assistant", async (text) => {
      const { chat, handoff } = await setup({ locale: "en" });
      await chat.say("agent");
      if (status === "taken") handoff.taken.add("conv-1");
      await chat.say(text);
      expect(handoff.open.has("conv-1")).toBe(false);
      expect(handoff.relayed).toHaveLength(0);
    });

    it.each(forTheAgent)("'%s' only mentions it: relayed to the agent", async (text) => {
      const { chat, handoff } = await setup();
      await chat.say("temsilci");
      if (status === "taken") handoff.taken.add("conv-1");
      await chat.say(text);
      expect(handoff.open.has("conv-1")).toBe(true);
      expect(handoff.relayed.map((r) => r.text)).toEqual([text]);
    });
  });
});
