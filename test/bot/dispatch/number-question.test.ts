/**
 * A question for the call centre's number is answered with it, not taken as a request for an agent,
 * even when it names customer service or the agent; a request for a human still hands off.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("asking for the call centre's number", () => {
  it.each([
    ["musteri hizmetleri numaraniz kac", "tr"],
    ["müşteri hizmetleri telefonu nedir?", "tr"],
    ["what is your customer service phone number?", "en"],
    // tester round 18: the number named without asking to be put through
    ["musteri hizmetleri numarasi", "tr"],
    ["insanla konusmak istemiyorum sadece numara lazim", "tr"],
    ["çağrı merkezi telefonu lazım", "tr"],
    ["customer service phone number please", "en"],
  ] as const)("%s → the number, no hand-off", async (text, locale) => {
    const { chat, handoff } = await setup({ locale });
    expect(await chat.say(text)).toContain("444 5 576");
    expect(handoff.requests).toHaveLength(0);
  });

  it.each([
    "müşteri hizmetlerine bağlanmak istiyorum",
    "temsilci",
    "temsilciye bağlanabilir miyim, numaram 0532 123 45 67",
    "müşteri hizmetleri telefonla arasın beni",
  ])("%s → a hand-off", async (text) => {
    const { chat, handoff } = await setup();
    await chat.say(text);
    expect(handoff.requests).toHaveLength(1);
  });
});
