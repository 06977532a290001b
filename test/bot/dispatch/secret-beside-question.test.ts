/**
 * Tester (session 19): a message that carries a PIN beside a question ("pinimi 3 kere yanlış girdim
 * kilitlendi, pinim 123456 idi") got only the warning; the question was lost. Outside a dialog the
 * warning is followed by the answer to what is left once the secret is cut out; the secret itself
 * reaches no later step and nothing saved.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const warning = /PIN, PUK veya şifrenizi asla kimseyle paylaşmayın/;

describe("a secret beside a question", () => {
  it.each([
    ["pinimi 3 kere yanlis girdim kilitlendi, pinim 123456 idi", /Kilit Çözme/],
    ["PIN'im 482913 ama kart kilitlendi, ne yapmalıyım?", /Kilit Çözme/],
    ["şifrem 9988abc, mali mühür ücreti ne kadar?", /TL|ücret/i],
  ])("%j: the warning, then the answer", async (message, answer) => {
    const w = await setup();
    const reply = await w.chat.say(message);
    expect(reply).toMatch(warning);
    expect(reply).toMatch(answer);
    const secret = message.match(/\d{4,}\w*/)?.[0] ?? "";
    expect(JSON.stringify([...w.states.saved.values()])).not.toContain(secret);
  });

  it.each(["pinim 123456", "şifrem: abc12345", "my pin is 4821"])(
    "%j alone: the warning only",
    async (message) => {
      const w = await setup();
      const reply = await w.chat.say(message);
      expect(reply).toMatch(/PIN, PUK|PIN, PUK or password|never share/i);
      expect(reply).not.toMatch(/Kilit Çözme|Unlock/);
    },
  );

  it("inside an application's question the warning repeats the question and nothing is taken", async () => {
    const w = await setup();
    await w.chat.say("mali mühür başvurusu yapmak istiyorum");
    const before = JSON.parse(w.states.saved.get(w.ref.id) ?? "{}").flow;
    const reply = await w.chat.say("pinim 123456 kilitlendi ne yapayım");
    expect(reply).toMatch(warning);
    expect(JSON.parse(w.states.saved.get(w.ref.id) ?? "{}").flow).toEqual(before);
  });
});
