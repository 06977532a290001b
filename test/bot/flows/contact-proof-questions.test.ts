/**
 * The code questions after an application (proving its contacts, R5.1): "kod gelmedi" is told where
 * the code went and how to skip, and the question stays open; a remark that is no topic ("evet") gets
 * the question again; another topic moves the conversation on.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

async function atEmailCode(locale: "tr" | "en" = "tr") {
  const w = await setup({ locale });
  await sayAll(w.chat, tuzelCardAnswers);
  await w.chat.say("evet");
  return w;
}

describe("the e-mail code question after an application", () => {
  it.each(["kod gelmedi", "mail gelmedi hala", "e-posta ulaşmadı"])(
    "%s → where the code went and 'atla'; the late code still works",
    async (typed) => {
      const { chat, world } = await atEmailCode();
      const answer = await chat.say(typed);
      expect(answer).toContain("spam");
      expect(answer).toContain("atla");
      expect(answer).not.toMatch(/kargo|teslim edilir/i);
      expect(await chat.say(world.outbox.lastCode("bilgi@ornek.com.tr"))).toMatch(
        /e-posta adresiniz doğrulandı/i,
      );
    },
  );

  it("'evet' is no code and no topic: the question again, nothing dropped", async () => {
    const { chat, world } = await atEmailCode();
    const answer = await chat.say("evet");
    expect(answer).toMatch(/6 haneli kodu/);
    expect(answer).not.toMatch(/tam anlayamadım/);
    expect(await chat.say(world.outbox.lastCode("bilgi@ornek.com.tr"))).toMatch(
      /e-posta adresiniz doğrulandı/i,
    );
  });

  it("another topic ('fiyatı ne kadar') moves the conversation on", async () => {
    const { chat } = await atEmailCode();
    expect(await chat.say("fiyatı ne kadar")).toContain("1.500,00 TL");
  });

  it("the SMS code: 'sms gelmedi' says where it went", async () => {
    const { chat, world } = await atEmailCode();
    await chat.say(world.outbox.lastCode("bilgi@ornek.com.tr"));
    const answer = await chat.say("sms gelmedi");
    expect(answer).toContain("SMS");
    expect(answer).toContain("atla");
    expect(await chat.say(world.outbox.lastCode("+905321234567"))).toMatch(/cep telefonunuz doğrulandı/i);
  });
});
