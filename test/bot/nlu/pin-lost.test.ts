/**
 * A lost or forgotten PIN, not the card ("lost my pin lol", "I lost the PIN of the card", "we lost the
 * card's PIN", "kartımızın şifresini kaybettik") was read as a revocation or offered one ("Did you mean:
 * PIN locked / Revoke"), and "lost my PIN, what do I do?" got the menu. A revocation cannot be undone
 * (R7.1); a PIN no one remembers is set anew online (Kilit Çözme, R4.2). The card itself lost, or
 * anything stolen, is still the revocation's.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { pinLossTold } from "../../../bot/nlu/pin-lost.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { setup } from "../harness.ts";

const pinLost: [string, "tr" | "en"][] = [
  ["lost my pin lol", "en"],
  ["i lost my pin", "en"],
  ["I lost the PIN of the card", "en"],
  ["we lost the card's PIN", "en"],
  ["lost my PIN, what do I do?", "en"],
  ["lost pin code", "en"],
  ["the pin is lost", "en"],
  ["I forgot the PIN code of our e-seal card", "en"],
  ["misplaced the PIN letter", "en"],
  ["lost the password for the card", "en"],
  ["kartın pinini kaybettim", "tr"],
  ["kartımızın şifresini kaybettik", "tr"],
  ["pin kaybettim kart duruyor", "tr"],
  ["PIN zarfı kayboldu", "tr"],
  ["kartin pin kodunu hatirlamiyorum", "tr"],
  ["pinim kayboldu", "tr"],
  ["my pin is missing", "en"],
];

describe("a lost or forgotten PIN", () => {
  it.each(pinLost)("%j is the PIN (R4.2), not a revocation", (text, locale) => {
    expect(pinLossTold(foldTurkish(text))).toBe(true);
    expect(understand(foldTurkish(text), locale)).toMatchObject({ kind: "intent", intent: "pin_locked" });
  });

  it.each([
    ["I lost my card and the PIN", "en"],
    ["lost my card", "en"],
    ["our seal card was stolen with its pin", "en"],
    ["kartı ve pini kaybettim", "tr"],
    ["kartımı kaybettim pinini de bilmiyorum", "tr"],
    ["mühürümüzü kaybettik şifresi de yok", "tr"],
    ["pinim çalındı", "tr"],
  ] as [string, "tr" | "en"][])(
    "%j is the card lost or stolen: still a revocation's words",
    (text, locale) => {
      expect(pinLossTold(foldTurkish(text))).toBe(false);
      const read = understand(foldTurkish(text), locale);
      const topics = read.kind === "intent" ? [read.intent] : read.kind === "unsure" ? read.candidates : [];
      expect(topics).toContain("revoke");
    },
  );

  it("a password is the PIN only with the card named; e-Devlet's is no PIN", () => {
    expect(pinLossTold(foldTurkish("forgot the card password"))).toBe(true);
    expect(pinLossTold(foldTurkish("I forgot my password"))).toBe(false);
    expect(pinLossTold(foldTurkish("e-devlet şifremi unuttum"))).toBe(false);
  });

  // "the pin is lost", "pinim kayboldu": a secret word, "is" and a word of four letters read as a PIN
  // typed (bot/nlu/secrets.ts); a loss word is no PIN
  it.each(pinLost.filter(([text], i) => i % 3 === 0 || /lost$|kayboldu$|missing$/.test(text)))(
    "%j is answered with Kilit Çözme, no revocation started",
    async (text, locale) => {
      const { chat } = await setup({ locale });
      const answer = await chat.say(text);
      expect(answer).toMatch(locale === "tr" ? /Kilit Çözme/ : /Kilit Çözme|unlock/i);
      expect(answer).not.toMatch(locale === "tr" ? /iptal etmek istediğiniz|VKN/ : /revoke|tax number|VKN/i);
    },
  );
});
