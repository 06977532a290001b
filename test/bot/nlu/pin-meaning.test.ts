/**
 * Customer tester: "pin nedir" got the locked PIN's answer and "pin kodu ne işe yarar" was asked
 * back ("Şunu mu demek istediniz?"). What the PIN is, asked, gets info.pin_meaning (what it is for,
 * three wrong entries lock it, R4.2, never asked for); a PIN locked, forgotten, missing or lost, and
 * the PUK, keep their own answers.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("what the card's PIN is, asked", () => {
  it.each(["pin nedir", "PIN ne demek", "pin kodu ne işe yarar", "kartın pin'i ne için kullanılıyor"])(
    "'%s' gets what the PIN is for",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).toContain("kartınızı kullanmak için girdiğiniz gizli şifredir");
      expect(chat.buttons()).toEqual(expect.arrayContaining(["PIN bloke", "PUK"]));
    },
  );

  it.each(["what is a PIN", "what's the PIN for?", "what does PIN mean"])(
    "EN: '%s' gets what the PIN is for",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      expect(await chat.say(text)).toContain("secret code you enter to use your mali mühür card");
    },
  );

  it.each([
    ["pinim bloke oldu ne demek", "bloke olur"],
    ["PUK nedir", "PUK'u denemeyin"],
    ["zarfta pin yok, pin nedir bilmiyorum", "PIN'iniz elinizde değilse"],
    ["yeni kartın pini nedir", "yeni bir PIN'i kendiniz belirleyebilirsiniz"],
  ])("'%s' keeps its own answer", async (text, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).toContain(expected);
    expect(answer).not.toContain("kartınızı kullanmak için girdiğiniz gizli şifredir");
  });
});
