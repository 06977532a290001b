/**
 * Customer tester (session 27): "şubeye gönderebilir misiniz" at the delivery address question was
 * refused as an address. Another place for the card, asked without an address, is answered: the card
 * goes to the address typed at this question, and the signatory (or a person of R3.3.2) receives it;
 * then the question again, and a branch's address typed next is the answer.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toAddressTr = tuzelCardAnswers.slice(0, 9);
const toAddressEn = [...legalAnswersToEmailEn, "jane@example.com", "0532 123 45 67", "smart card"];

describe("another place for the card asked at the delivery address", () => {
  it.each([
    ["tr", "şubeye gönderebilir misiniz"],
    ["tr", "kartı izmirdeki şubemize yollayabilir misiniz?"],
    ["tr", "fabrikaya gelebilir mi"],
    ["tr", "genel müdürlüğe mi gönderiliyor"],
    ["en", "can you ship it to our branch?"],
    ["en", "could it be delivered to our head office instead?"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    await sayAll(chat, locale === "tr" ? toAddressTr : toAddressEn);
    const reply = await chat.say(question);
    expect(reply).toMatch(/yazdığınız adrese gönderilir|address you type at this question/);
    expect(reply).toMatch(/teslimat adresini yazın|delivery address for the card/);
    expect(reply).not.toMatch(/tam bir adres gibi|does not look like a full address/);
  });

  it("the branch's address typed next is the answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...toAddressTr, "şubeye gönderebilir misiniz"]);
    expect(await chat.say("İzmir Şubesi, Kordon Cad. No: 12 Konak İzmir")).toMatch(/özeti/);
  });
});
