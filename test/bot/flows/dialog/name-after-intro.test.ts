/**
 * A name given after words that introduce it at the signatory's question (tester round 18):
 * "imza yetkilisi benim, Ayşe Yılmaz" was refused as "yalnızca harflerle".
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../../harness.ts";

/** A tüzel kişi's application at the signatory's name question. */
async function atSignerName() {
  const s = await setup();
  await sayAll(s.chat, tuzelCardAnswers.slice(0, 4));
  return s;
}

describe("a name after words that introduce it (tester round 18)", () => {
  it.each(["imza yetkilisi benim, Ayşe Yılmaz", "ben, Ayse Yilmaz", "imza yetkilisi: Ayşe Yılmaz"])(
    "'%s' takes the name, not 'letters only'",
    async (message) => {
      const { chat, states, ref } = await atSignerName();
      const answer = await chat.say(message);
      expect(answer).not.toMatch(/yalnızca harflerle/);
      expect(answer).toMatch(/TCKN/);
      expect(JSON.parse(states.saved.get(ref.id)!).flow.data.signerName).toMatch(/^Ay[sş]e Y[ıi]lmaz$/);
    },
  );

  it("a sentence before the comma that is no introduction is still refused", async () => {
    const { chat } = await atSignerName();
    expect(await chat.say("henüz belli değil, sonra yazarım")).not.toMatch(/TCKN'sini/);
  });
});

describe("a name after introducing words without a comma", () => {
  it.each([
    ["ben imza yetkilisiyim adım Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["imza yetkilisi benim Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["adım Ayşe Yılmaz", "Ayşe Yılmaz"],
    ["ismim ayse yilmaz", "ayse yilmaz"],
    ["imza yetkilimiz Mehmet Demir", "Mehmet Demir"],
    ["müdürümüz Mehmet Demir", "Mehmet Demir"],
    ["yetkili kişi Mehmet Ali Demir", "Mehmet Ali Demir"],
    ["my name is Jane Doe", "Jane Doe"],
    ["the signatory is Jane Doe", "Jane Doe"],
  ])("%j takes the name %j", async (message, name) => {
    const { chat, states, ref } = await atSignerName();
    const answer = await chat.say(message);
    expect(answer).toMatch(/TCKN/);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.data.signerName).toBe(name);
  });

  it.each(["ben imza yetkilisiyim", "müdürümüz mehmet bey", "imza yetkilisi benim ama adımı sonra yazarım"])(
    "%j is no name: asked again",
    async (message) => {
      const { chat } = await atSignerName();
      expect(await chat.say(message)).not.toMatch(/TCKN'sini/);
    },
  );
});

describe("a gerçek kişi signing himself, in more words", () => {
  it.each(["ben imza yetkilisiyim", "imzalayan benim zaten", "imza yetkilisiyim", "imzayı ben atacağım"])(
    "%j at the signatory's name: the applicant's name",
    async (message) => {
      const { chat, states, ref } = await setup();
      await sayAll(chat, ["başvuru", "gerçek kişi", "10000000146", "Mehmet Demir"]);
      expect(await chat.say(message)).toMatch(/TCKN/);
      expect(JSON.parse(states.saved.get(ref.id)!).flow.data.signerName).toBe("Mehmet Demir");
    },
  );
});
