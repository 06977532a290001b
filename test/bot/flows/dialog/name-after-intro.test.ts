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
