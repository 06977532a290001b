/**
 * Which courier brings the card, asked at the menu: "kargo hangi firmayla geliyor", "kargo hangi
 * şirketle geliyor" got the renewal text (3 years, reminders). The delivery topic answers it (R3.3.1:
 * the card goes to the signatory by the delivery method chosen); its other forms kept their route.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

describe("the courier asked", () => {
  it.each([
    "kargo hangi firmayla geliyor",
    "kargo hangi şirketle geliyor",
    "kargo hangi sirketle gelir",
    "hangi kargoyla yolluyorsunuz",
    "kargo firmasi ne",
    "kurye ile mi gönderiyorsunuz",
  ])("tr: %s", async (text) => {
    const { chat } = await setup();
    const reply = await chat.say(text);
    expect(reply).toMatch(/imza yetkilisine/);
    expect(reply).not.toMatch(/3 yıl geçerlidir/);
  });

  it.each(["which courier company do you use", "which shipping company delivers the card"])(
    "en: %s",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      const reply = await chat.say(text);
      expect(reply).toMatch(/signatory/);
      expect(reply).not.toMatch(/valid for 3 years/);
    },
  );

  it("the card arrived by courier, what now, is still the card-arrived steps", async () => {
    const { chat } = await setup();
    expect(await chat.say("kargo geldi şimdi ne yapacağım")).not.toMatch(/imza yetkilisine kargo/);
  });
});
