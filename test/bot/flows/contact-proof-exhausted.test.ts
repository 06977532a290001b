/**
 * Tester (hostile) #1: after the third wrong e-mail code of an application's contact proof the bot
 * said only "Şimdi cep telefonunuza SMS ile gelen 6 haneli kodu yazın." (as if the e-mail were
 * proven), and after three wrong SMS codes "Tamam. Doğrulanmamış iletişim bilgilerine …" (as if the
 * customer had typed "atla"). Now the customer is told the code was wrong and the tries are used up
 * (or the code expired), that the contact stays unproven and how to prove it later; then the proof
 * goes on.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const EMAIL = "bilgi@ornek.com.tr";
const PHONE = "+905321234567";

async function atEmailCode() {
  const w = await setup();
  await sayAll(w.chat, tuzelCardAnswers);
  await w.chat.say("evet");
  const code = (to: string) => w.world.outbox.lastCode(to);
  /** Three codes none of which is `to`'s. */
  const wrong = (to: string) =>
    ["000000", "111111", "222222", "333333"].filter((c) => c !== code(to)).slice(0, 3);
  const proven = async (kind: "email" | "phone") =>
    (await w.world.deps.subscribers.provenAt("3230512384", kind, kind === "email" ? EMAIL : PHONE)) !==
    undefined;
  return { w, code, wrong, proven };
}

const unprovenLater = /doğrulanmadı[\s\S]*(bu konuşmada[\s\S]*sipariş numaranızla|çağrı merkez)/i;

describe("contact proof after an application: the tries used up are said", () => {
  it("three wrong e-mail codes: wrong, no tries left, the e-mail unproven, how later; then the SMS code (no 'Şimdi')", async () => {
    const { w, code, wrong, proven } = await atEmailCode();
    const [a, b, c] = wrong(EMAIL);
    expect(await w.chat.say(a as string)).toMatch(/Kalan deneme hakkınız: 2/);
    expect(await w.chat.say(b as string)).toMatch(/Kalan deneme hakkınız: 1/);
    const third = await w.chat.say(c as string);
    expect(third).toMatch(/yanlış/i);
    expect(third).toMatch(/deneme hakkı/i);
    expect(third).toMatch(/e-posta adresiniz/i);
    expect(third).toMatch(unprovenLater);
    expect(third).not.toMatch(/Şimdi cep/);
    expect(third).toMatch(/SMS ile gelen 6 haneli kodu/);
    expect(await proven("email")).toBe(false);
    // the proof goes on: the phone's code proves the phone
    expect(await w.chat.say(code(PHONE))).toMatch(/cep telefonunuz doğrulandı/i);
    expect(await proven("phone")).toBe(true);
    expect(await proven("email")).toBe(false);
  });

  it("three wrong SMS codes after a proven e-mail: wrong, no tries left, the phone unproven, no 'Tamam'", async () => {
    const { w, code, wrong, proven } = await atEmailCode();
    expect(await w.chat.say(`kod: ${code(EMAIL)}`)).toMatch(/e-posta adresiniz doğrulandı/i);
    const codes = wrong(PHONE);
    await w.chat.say(codes[0] as string);
    await w.chat.say(codes[1] as string);
    const third = await w.chat.say(codes[2] as string);
    expect(third).not.toMatch(/Tamam/);
    expect(third).toMatch(/yanlış/i);
    expect(third).toMatch(/deneme hakkı/i);
    expect(third).toMatch(/cep telefonunuz/i);
    expect(third).toMatch(unprovenLater);
    expect(await proven("phone")).toBe(false);
    // the flow is over: another question is answered as usual
    expect(await w.chat.say("fiyatlar ne kadar")).toMatch(/TL/);
  });

  it("both exhausted: each is said in its turn, both stay unproven", async () => {
    const { w, wrong, proven } = await atEmailCode();
    const e = wrong(EMAIL);
    const p = wrong(PHONE);
    await sayAll(w.chat, [e[0] as string, e[1] as string]);
    expect(await w.chat.say(e[2] as string)).toMatch(/e-posta adresiniz[\s\S]*doğrulanmadı/i);
    await sayAll(w.chat, [p[0] as string, p[1] as string]);
    const last = await w.chat.say(p[2] as string);
    expect(last).toMatch(/cep telefonunuz[\s\S]*doğrulanmadı/i);
    expect(last).not.toMatch(/^Tamam/);
    expect(await proven("email")).toBe(false);
    expect(await proven("phone")).toBe(false);
  });

  it("an expired e-mail code is said to have expired, not to be a skip", async () => {
    const { w, code, proven } = await atEmailCode();
    w.clock.advance(31 * 60 * 1000);
    const answer = await w.chat.say(code(EMAIL));
    expect(answer).toMatch(/süresi dol/i);
    expect(answer).toMatch(/e-posta adresiniz[\s\S]*doğrulanmadı/i);
    expect(answer).toMatch(/SMS ile gelen 6 haneli kodu/);
    expect(await proven("email")).toBe(false);
  });

  it("in English too", async () => {
    const w = await setup({ locale: "en" });
    await sayAll(w.chat, [
      ...legalAnswersToEmailEn,
      EMAIL,
      "0532 123 45 67",
      "smart card",
      "Levent Plaza No 5 Istanbul",
    ]);
    expect(await w.chat.say("yes")).toMatch(/order number/i);
    const right = w.world.outbox.lastCode(EMAIL);
    const wrong = ["000000", "111111", "222222", "333333"].filter((c) => c !== right);
    await sayAll(w.chat, [wrong[0] as string, wrong[1] as string]);
    const third = await w.chat.say(wrong[2] as string);
    expect(third).toMatch(/wrong/i);
    expect(third).toMatch(/not been confirmed[\s\S]*in this conversation/i);
    expect(third).not.toMatch(/\bNow\b/);
  });
});
