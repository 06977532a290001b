/**
 * "VKN nedir?", "unvanı nereden bulurum?" (tester round 17): answered with the R5.2 text before the
 * NLU round, then not understood at all. No topic answers them; the fallback explains the identifier.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("what the VKN or the unvan is", () => {
  it.each([
    ["VKN nedir?", /10 haneli/],
    ["vergi numarası ne demek", /10 haneli/],
    ["unvanı nereden bulurum?", /ticaret sicilinde kayıtlı tam adıdır/],
    ["ticaret unvanımızı nereden öğrenirim", /ticaret sicilinde kayıtlı tam adıdır/],
  ])("'%s' at the menu is explained", async (message, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(message);
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/yeni bir mali mühür/i);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("what is a VKN?")).toMatch(/10-digit tax identification number/);
  });
});
