/**
 * A lost or stolen card told hesitantly, with the weaker English words ("I think our e-seal card is
 * gone, maybe someone took it", "our seal card seems to have disappeared", "the e-seal token vanished"):
 * before, the bot asked back ("Did you mean: What is a mali mühür? | Revoke") or asked for a serial to
 * check a status; it now starts the revocation's path, as "kartımız kayboldu galiba" does (R7.2, R7.4).
 * The words told of something else, or of a card going somewhere, start nothing.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

describe("the seal told gone or disappeared: the revocation", () => {
  it.each([
    ["I think our e-seal card is gone, maybe someone took it", "en"],
    ["our seal card seems to have disappeared from the office", "en"],
    ["the e-seal token vanished, we suspect someone took it", "en"],
    ["not sure, but the card with our e-seal is gone", "en"],
    ["kartımız kayboldu galiba", "tr"],
    ["kartımız ortada yok galiba biri aldı", "tr"],
  ] as const)("'%s' → revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it.each([
    ["the error is gone after we replugged the card", "en"],
    ["the card has gone to our branch by courier", "en"],
    ["what if our seal card is gone one day?", "en"],
    ["the card is gone? no, we found it", "en"],
    ["the PIN is gone from the envelope, the card is here", "en"],
  ] as const)("'%s' is no revocation", (text, locale) => {
    expect(intentOf(text, locale)).not.toBe("revoke");
  });

  it("in the chat: the identity check of the revocation is asked", async () => {
    const { chat } = await setup({ locale: "en" });
    const reply = await chat.say("I think our e-seal card is gone, maybe someone took it");
    expect(reply).toMatch(/To revoke a certificate we first need to verify your identity/);
    expect(reply).not.toMatch(/Did you mean/);
  });
});
