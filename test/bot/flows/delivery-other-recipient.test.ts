/**
 * Another recipient for the card, asked at the delivery address question ("can it be sent to our
 * accountant's office instead?", "kartı muhasebecimize gönderebilir misiniz?"): before, the question
 * was refused as an address ("That does not look like a full address"). It is answered with who may
 * receive the card (R3.3.1: the signatory; R3.3.2: a notarised full power of attorney or a delivery
 * petition), then the address asked again; an address with the accountant's office in it is kept.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toAddressTr = tuzelCardAnswers.slice(0, 9);
const toAddressEn = [...legalAnswersToEmailEn, "jane@example.com", "0532 123 45 67", "smart card"];

describe("another recipient asked at the delivery address: who may receive it, the question again", () => {
  it.each([
    ["en", "can it be sent to our accountant's office instead?"],
    ["en", "could someone else receive the card?"],
    ["tr", "kartı muhasebecimize gönderebilir misiniz?"],
    ["tr", "başka birine teslim edilebilir mi"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    await sayAll(chat, locale === "tr" ? toAddressTr : toAddressEn);
    const reply = await chat.say(question);
    expect(reply).toMatch(/vekaletname|power of attorney/);
    expect(reply).toMatch(/teslimat adresini yazın|delivery address for the card/);
    expect(reply).not.toMatch(/tam bir adres gibi|does not look like a full address/);
  });

  it("an address naming the accountant's office is the answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, toAddressTr);
    expect(await chat.say("Muhasebe ofisi, Atatürk Cad. No: 5 Çankaya Ankara")).toMatch(/özeti/);
  });
});
