/**
 * A discount asked ("5 kart alırsak indirim yapar mısınız", "any bulk discount?") got the price list
 * alone, as if it answered the question. The domain names prices only (R6.1): the answer says no
 * discount is known, names the call centre, then gives the prices. A plain price question does not.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("a discount asked", () => {
  it.each([
    ["tr", "5 kart alırsak indirim yapar mısınız", "İndirim ya da toplu alım fiyatı hakkında bir bilgim yok"],
    ["tr", "toplu siparişte fiyat düşer mi", "İndirim ya da toplu alım fiyatı hakkında bir bilgim yok"],
    ["en", "any bulk discount if we order ten cards?", "I have no information on a discount"],
  ] as const)("%s: '%s' says none is known, then the prices", async (locale, text, unknown) => {
    const { chat } = await setup({ locale });
    const answer = await chat.say(text);
    expect(answer).toContain(unknown);
    expect(answer).toContain("444 5 576");
    expect(answer).toMatch(/1[.,]500[.,]00 TL/);
  });

  it("a plain price question gets the prices only", async () => {
    const { chat } = await setup();
    const answer = await chat.say("mali mühür kaç TL");
    expect(answer).toMatch(/1[.,]500[.,]00 TL/);
    expect(answer).not.toContain("İndirim");
  });
});
