/**
 * Whether a field is required, asked with "lazım mı" ("tc si lazım mı gerçekten", "telefon lazım mı",
 * "vergi no lazim mi illa"): the commonest Turkish form was missing from the "required" question
 * (bot/flows/dialog/field-question.ts), so it got the field's format error ("TCKN 11 haneli bir
 * sayıdır."). It now gets the field's reason and the honest answer that the application cannot go
 * on without it, then the same question.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

describe("'lazım mı' at a question: the field's reason, then the question again", () => {
  it.each([
    [5, "tc si lazım mı gerçekten", "imza yetkilisini kesin olarak belirler", "İmza yetkilisinin TCKN'sini"],
    [7, "telefon lazım mı", "SMS ile bir doğrulama kodu", "Cep telefonu numaranızı yazın"],
    [2, "vergi no lazim mi illa", "hangi firmaya ait olduğunu belirler", "Firmanızın VKN'sini"],
    [6, "mail adresi de mi lazım?", "bildirimler bu adrese gönderilir", "e-posta adresinizi yazın"],
  ] as const)("after %i answers: %s", async (answered, message, reason, question) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, answered));
    const reply = await chat.say(message);
    expect(reply).toContain(reason);
    expect(reply).toContain("bu bilgi olmadan tamamlanamaz");
    expect(reply).toContain(question);
    expect(reply).not.toMatch(/haneli bir sayıdır|geçerli bir/);
  });
});
