/**
 * A foreign signatory told at the e-mail or the mobile question, right after the signatory's TCKN
 * ("yetkilimiz yabancı uyruklu, TC kimlik numarası yok"): before, the Turkish message got "Bu geçerli
 * bir e-posta adresi değil" and the English one the delivery text; the TCKN stored stayed as the
 * signatory's. Now, as at the signatory's questions: the online application names a signatory with a
 * TCKN, a firm whose representatives are all foreign applies in writing to GİB (R9.1), and the dialog
 * goes back to the signatory's name; all representatives foreign ends the application with R9.1.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("a foreign signatory at the contact questions: back to the signatory", () => {
  it.each([
    ["tr", 0, "yetkilimiz yabancı uyruklu, TC kimlik numarası yok"],
    ["tr", 0, "imza yetkilimiz yabanci, tckn si yok aslinda"],
    ["tr", 1, "bu arada yetkilimiz yabancı uyruklu, TC kimlik numarası yok"],
    ["en", 0, "our signatory is a foreigner, he doesn't have a Turkish ID number"],
    ["en", 1, "actually our signatory is a foreign national"],
  ] as const)("%s (after %i contact answers): %s", async (locale, contacts, message) => {
    const { chat } = await setup({ locale });
    const opening = locale === "tr" ? tuzelAnswersToEmail : legalAnswersToEmailEn;
    await sayAll(chat, [...opening, ...["bilgi@ornek.com.tr"].slice(0, contacts)]);
    const reply = await chat.say(message);
    expect(reply).toMatch(/T\.C\. vatandaşı bir yetkilisi|representative who is a Turkish citizen/);
    expect(reply).toMatch(/İmza yetkilisinin adını ve soyadını yazın|authorised signatory's first name/);
    expect(reply).not.toMatch(/geçerli bir e-posta|not a valid e-mail|smart card is produced/i);
    await chat.say("Mehmet Demir");
    await chat.say("17291716060");
    const next = await chat.say("bilgi@ornek.com.tr");
    expect(next).toMatch(/Cep telefonu|mobile/);
  });

  it("all representatives foreign at the e-mail question: R9.1, the application ends", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const reply = await chat.say("yetkililerimizin hepsi yabancı uyruklu");
    expect(reply).toMatch(/çevrim içi başvuru yapılamaz/);
  });

  it("an e-mail address with 'yabanci' in it is still the e-mail", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    expect(await chat.say("info@yabanci-dil.com.tr")).toMatch(/Cep telefonu/);
  });
});
