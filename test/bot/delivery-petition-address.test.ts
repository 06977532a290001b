/**
 * Customer tester: "dilekçeyi nereye gönderiyoruz" got the delivery answer saying a delivery
 * petition is "sent by e-mail", without the address, so the customer could not send it. The seed
 * names it (R3.3.2: bilgi@kamusm.gov.tr, with the imza sirküleri): every answer that tells of the
 * petition names the CA's address (`{{caEmail}}`, MM_CA_EMAIL).
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "./harness.ts";

describe("where a delivery petition goes (R3.3.2)", () => {
  it.each([
    "dilekçeyi nereye gönderiyoruz",
    "teslim dilekçesi nasıl gönderilir",
    "kart teslimatı nasıl oluyor",
  ])("'%s' names the CA's address", async (text) => {
    const { chat } = await setup();
    expect(await chat.say(text)).toContain("bilgi@kamusm.gov.tr");
  });

  it("EN: 'where do we send the delivery petition?' names it too", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("where do we send the delivery petition?")).toContain("bilgi@kamusm.gov.tr");
  });

  it("asked in passing during an application, the answer names it and the question comes again", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 9));
    const answer = await chat.say("kart nasıl teslim ediliyor");
    expect(answer).toContain("bilgi@kamusm.gov.tr");
  });
});
