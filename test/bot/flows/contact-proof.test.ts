/**
 * The contact proof's code question (bot/flows/contact-proof.ts) leaves reading the code to the RA
 * (core/ra/typed-code.ts): a code after a label or in groups is the code; a number that is no 6-digit
 * code is told the format and spends no try.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

async function atEmailCode() {
  const w = await setup();
  await sayAll(w.chat, tuzelCardAnswers);
  await w.chat.say("evet");
  return { w, code: () => w.world.outbox.lastCode("bilgi@ornek.com.tr") };
}

describe("the contact proof's code question", () => {
  it("takes a code after a label, in groups (it used to end the proof as another topic)", async () => {
    const { w, code } = await atEmailCode();
    const typed = code();
    expect(await w.chat.say(`kodum ${typed.slice(0, 3)} ${typed.slice(3)}`)).toMatch(
      /e-posta adresiniz doğrulandı/i,
    );
  });

  it("a short number is told the format and spends no try", async () => {
    const { w, code } = await atEmailCode();
    const wrong = code() === "000000" ? "111111" : "000000";
    for (const typo of ["12345", "1234567", "123 45"]) expect(await w.chat.say(typo)).toMatch(/6 hanelidir/);
    expect(await w.chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 2/);
  });
});
