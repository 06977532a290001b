/**
 * Tester (hostile): an address with a control character typed or pasted into the chat got "Bu bir
 * açık adres gibi görünmüyor". The chat drops invisible format characters itself
 * (core/text/normalise-typed.ts); a control character left in any answer is refused by core with
 * errors.invisible_characters, which names the problem, and the same question is asked again;
 * nothing of it is stored.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toAddress = tuzelCardAnswers.slice(0, 9);

describe("a control character in an answer of the application", () => {
  it.each(["\u0007", "\u001b[31m", "\u0000", "\u007f", "\u0085"])("the address with %j", async (char) => {
    const w = await setup();
    await sayAll(w.chat, toAddress);
    const reply = await w.chat.say(`Atatürk Cad.${char} No: 1 Çankaya Ankara`);
    expect(reply).toMatch(/görünmeyen.*kontrol karakter|kontrol karakter.*görünmeyen/s);
    expect(reply).not.toContain("açık adres gibi görünmüyor");
    expect(reply).toContain("teslimat adresini yazın");
    expect(JSON.stringify([...w.states.saved.values()])).not.toContain("Atatürk Cad.");
    // typed again without it, the address is taken
    expect(await w.chat.say("Atatürk Cad. No: 1 Çankaya Ankara")).toContain("onaylıyor musunuz");
  });

  it.each([
    [3, "Örnek\u0007 Bilişim A.Ş."],
    [4, "Ayşe\u0007 Yılmaz"],
    [6, "bilgi\u0007@ornek.com.tr"],
    [7, "0532 123\u0007 45 67"],
  ])("the answer after %i answers with a control character", async (at, typed) => {
    const w = await setup();
    await sayAll(w.chat, tuzelCardAnswers.slice(0, at));
    const reply = await w.chat.say(typed);
    expect(reply).toMatch(/kontrol karakter/);
  });

  it("in English", async () => {
    const w = await setup({ locale: "en" });
    await sayAll(w.chat, [...legalAnswersToEmailEn, "bilgi@ornek.com.tr", "0532 123 45 67", "smart card"]);
    const reply = await w.chat.say("Atatürk Cad.\u0007 No: 1 Çankaya Ankara");
    expect(reply).toMatch(/invisible/);
    expect(reply).toMatch(/control characters/);
  });
});
