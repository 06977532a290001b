/**
 * Customer tester: after the renewal answer "will we get a new PIN?" started an application (the
 * classifier read "new"). Whether a new PIN comes gets the answer for a PIN not at hand: no PIN is
 * sent, the customer sets one with "Kilit Çözme" (info.pin_missing, R4.2); a PIN locked, forgotten
 * or lost keeps its own answer.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("whether a new PIN comes", () => {
  it.each([
    "will we get a new PIN?",
    "do we get a new pin with the new card",
    "what about the PIN of the new card?",
  ])("EN '%s': set a PIN yourself, no application", async (text) => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("how do I renew?");
    const answer = await chat.say(text);
    expect(answer).toContain("you set a new PIN yourself");
    expect(answer).not.toMatch(/legal person \(tüzel kişi\) or a real person/);
  });

  it.each(["yeni kartla yeni pin gelir mi", "yeni kartın pini ne olacak", "yeni bir pin verilecek mi"])(
    "'%s': PIN kendiniz belirlersiniz",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).toContain("yeni bir PIN'i kendiniz belirleyebilirsiniz");
    },
  );

  it.each([
    ["yeni pinimi unuttum", "bloke"],
    ["yeni kartın pini bloke oldu", "bloke olur"],
  ])("'%s' keeps its own answer", async (text, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).toContain(expected);
    expect(answer).not.toContain("yeni bir PIN'i kendiniz belirleyebilirsiniz");
  });
});
