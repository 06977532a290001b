/**
 * A PIN typed in common forms was no secret (tester 20, high): "pinim 1 2 3 4", "kart pinim 5 6 7 8
 * ama açılmıyor", "pin1234 giriyorum olmuyor", "PIN: 12-34", "şifre 9 8 7 6 5 4", "my PIN is 1 3 5
 * 7", "pin kodum dört beş altı yedi" got no warning and, with an agent in the chat, were relayed word
 * for word to the agents' Slack thread. Each is a secret: warned about, not stored, not relayed.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { looksLikeSecret, withoutSecrets } from "../../../bot/nlu/secrets.ts";
import { setup } from "../harness.ts";

const secretForms = [
  "pinim 1 2 3 4",
  "kart pinim 5 6 7 8 ama açılmıyor",
  "pin1234 giriyorum olmuyor",
  "PIN: 12-34",
  "şifre 9 8 7 6 5 4",
  "my PIN is 1 3 5 7",
  "pin kodum dört beş altı yedi",
  "PUK'um 1234-5678",
  "sifrem4711",
];

describe("a PIN in common forms", () => {
  it.each(secretForms)("'%s' is a secret, whatever the dialog expects", (text) => {
    expect(looksLikeSecret(foldTurkish(text), true)).toBe(true);
    expect(looksLikeSecret(foldTurkish(text), false)).toBe(true);
  });

  it.each([
    "pinimi 3 kere yanlış girdim",
    "2014 öncesi kartlarda puk var mı",
    "pin 4 ile 8 hane arası mı olmalı",
    "şifremi unuttum, telefonum 0532 123 45 67",
    "şifremi unuttum, VKN 3230512384",
    "pin bir türlü kabul edilmiyor",
    "PIN'i 3 kez yanlış girdim, 5 dakika bekledim",
  ])("'%s' is no secret", (text) => {
    expect(looksLikeSecret(foldTurkish(text), true)).toBe(false);
  });

  it("the rest of a message is answered without the spaced digits", () => {
    const rest = withoutSecrets("kart pinim 5 6 7 8 ama kart açılmıyor, kilitlendi mi", foldTurkish);
    expect(rest).toBeDefined();
    expect(rest).not.toMatch(/\d/);
  });

  it("with an agent in the chat, none of them is relayed to the agents", async () => {
    const ctx = await setup();
    await ctx.chat.say("temsilci");
    for (const text of secretForms) {
      const answer = await ctx.chat.say(text);
      expect(answer).toMatch(/PIN|şifre/i);
    }
    const relayed = ctx.handoff.relayed.map((r) => r.text).join("\n");
    for (const digits of [
      "1 2 3 4",
      "5 6 7 8",
      "pin1234",
      "12-34",
      "9 8 7 6 5 4",
      "1 3 5 7",
      "dört beş",
      "1234-5678",
    ])
      expect(relayed).not.toContain(digits);
  });
});

/**
 * "I locked my PIN, my PIN was 5566" got only the warning (tester 20 #13): what is left ("I locked
 * my PIN") asks about the locked PIN, answered after the warning, as in Turkish.
 */
describe("a PIN beside a question in English", () => {
  it("'I locked my PIN, my PIN was 5566': the warning, then the locked PIN's answer", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("I locked my PIN, my PIN was 5566");
    expect(answer).toMatch(/never share|never ask/i);
    expect(answer).toMatch(/Kilit Çözme|unlock/i);
    expect(answer).not.toContain("5566");
  });

  it.each(["my PIN is 5566", "pinim 123456 idi", "pin kodum 4711"])(
    "'%s' asks nothing: the warning alone",
    (text) => {
      expect(withoutSecrets(text, foldTurkish)).toBeUndefined();
    },
  );
});
