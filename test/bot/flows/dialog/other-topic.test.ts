/**
 * Another topic typed at a dialog question that expects a code or a number is recognised by the
 * classifier (bot/flows/dialog/other-topic.ts), as in the rest of the dispatch, not by the keyword
 * rules of before (bot/nlu/legacy-rules.ts, which missed these paraphrases and answered "6 hanelidir");
 * an answer shaped like a code stays the answer.
 */
import { describe, expect, it } from "vitest";
import { looksLikeNumberAnswer } from "../../../../bot/flows/dialog/other-topic.ts";
import { setup } from "../../harness.ts";

const firm = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

type World = Awaited<ReturnType<typeof setup>>;

const flowOf = (w: World) =>
  JSON.parse(w.states.saved.get(w.ref.id)!).flow as { name: string; step?: string };

async function atCodeQuestion(locale: "tr" | "en" = "tr") {
  const w = await setup({ locale });
  await w.ra.registerSubscriber(firm);
  await w.chat.say(locale === "tr" ? "telefonumu güncellemek istiyorum" : "I want to update my phone number");
  await w.chat.say(firm.idNumber);
  expect(flowOf(w)).toMatchObject({ name: "verify", step: "code" });
  return w;
}

describe("another topic typed during identity verification", () => {
  it("a paraphrase asking for a person leaves the code question for the hand-off", async () => {
    const w = await atCodeQuestion();
    const answer = await w.chat.say("bir yetkiliyle görüşmek istiyorum");
    expect(answer).not.toMatch(/6 hanelidir/);
    expect(w.handoff.requests).toHaveLength(1);
    expect(flowOf(w)?.name).not.toBe("verify");
  });

  it("a paraphrase asking for a person leaves the subject question too", async () => {
    const w = await setup();
    await w.chat.say("telefonumu güncellemek istiyorum");
    expect(flowOf(w)).toMatchObject({ name: "verify", step: "subject" });
    await w.chat.say("bir yetkiliyle görüşmek istiyorum");
    expect(w.handoff.requests).toHaveLength(1);
    expect(flowOf(w)?.name).not.toBe("verify");
  });

  it("an information question is answered and the code asked for again, the dialog kept", async () => {
    const w = await atCodeQuestion();
    const answer = await w.chat.say("kartı teslim aldık şimdi ne yapacağız");
    expect(answer).not.toMatch(/6 hanelidir/);
    expect(answer).toMatch(/PIN/);
    expect(answer).toMatch(/kodu/);
    expect(flowOf(w)).toMatchObject({ name: "verify", step: "code" });
    expect(await w.chat.say(w.lastCodeTo(firm.email)!)).toMatch(/doğrulandı/i);
  });

  it("works the same in an English conversation", async () => {
    const w = await atCodeQuestion("en");
    await w.chat.say("what is the status of my order");
    expect(flowOf(w)?.name).not.toBe("verify");
  });

  it.each(["12345", "123 45", "kodum 482 91", "1234567"])(
    "a code-like answer (%s) stays the answer: the format is explained, the question kept",
    async (typed) => {
      const w = await atCodeQuestion();
      expect(await w.chat.say(typed)).toMatch(/6 hanelidir/);
      expect(w.handoff.requests).toHaveLength(0);
      expect(flowOf(w)).toMatchObject({ name: "verify", step: "code" });
    },
  );

  it("a code typed with a word before it is taken as the code, in Turkish and English", async () => {
    const tr = await atCodeQuestion();
    expect(await tr.chat.say(`kodum ${tr.lastCodeTo(firm.email)}`)).toMatch(/doğrulandı/i);
    const en = await atCodeQuestion("en");
    const answer = await en.chat.say(`my code is ${en.lastCodeTo(firm.email)}`);
    expect(answer).toMatch(/verified/i);
    expect(en.handoff.requests).toHaveLength(0);
  });

  it.each(["tamam", "merhaba"])("small talk (%s) does not end the dialog", async (typed) => {
    const w = await atCodeQuestion();
    await w.chat.say(typed);
    expect(flowOf(w)).toMatchObject({ name: "verify", step: "code" });
  });
});

describe("looksLikeNumberAnswer", () => {
  it.each([
    ["482913", true],
    ["kodum 482 913", true],
    ["code is 482913", true],
    ["my code is 482913", true],
    ["12", false],
    ["siparişim 1234 nerede kaldı acaba", false],
    ["fiyatlar ne kadar", false],
  ])("%s → %s", (typed, expected) => {
    expect(looksLikeNumberAnswer(typed)).toBe(expected);
  });
});
