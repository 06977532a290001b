/**
 * A customer who writes English in a Turkish conversation (the web page opens in Turkish) is told
 * once, in English, that typing "English" switches the conversation; Turkish messages with an
 * English word or two get no hint, and neither does a conversation already switched.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const hint = /type "English"/;

describe("English written in a Turkish conversation", () => {
  it("gets the hint once, beside the answer", async () => {
    const { chat } = await setup();
    expect(await chat.say("I want to apply for an e-seal for my company")).toMatch(hint);
    expect(await chat.say("how much does it cost")).not.toMatch(hint);
  });

  it.each(["mali mühür başvurusu yapmak istiyorum", "e-fatura için HSM lazım mı", "ok teşekkürler", "hello"])(
    "a Turkish message (or a word) gets none: %s",
    async (text) => {
      const { chat } = await setup();
      expect(await chat.say(text)).not.toMatch(hint);
    },
  );

  it("none once the conversation speaks English", async () => {
    const { chat } = await setup();
    await chat.say("English please");
    expect(await chat.say("I want to apply for an e-seal for my company")).not.toMatch(hint);
  });

  it("none during a hand-off", async () => {
    const { chat } = await setup();
    await chat.say("temsilci");
    expect(await chat.say("I want to apply for an e-seal for my company")).not.toMatch(hint);
  });
});
