/** A question in the other language than the conversation's: understood, answered in the conversation's language. */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { setup } from "../harness.ts";

describe("a message in the other language", () => {
  it("an English price question in a Turkish conversation gets the Turkish price answer", async () => {
    const { chat } = await setup();
    const answer = await chat.say("what is the price of a smart card");
    expect(answer).toContain("TL");
    expect(answer).not.toContain("Şunu mu demek istediniz?");
  });

  it("a Turkish lost-card message in an English conversation starts the revocation", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("kartım kayboldu iptal etmek istiyorum")).toMatch(/verify|identity|revoke/i);
  });

  it("a message its own language places is never taken from the other one", () => {
    expect(understand(foldTurkish("fiyat nedir"), "tr")).toMatchObject({ kind: "intent", intent: "prices" });
    expect(understand(foldTurkish("asdf qwer"), "tr").kind).not.toBe("intent");
  });
});
