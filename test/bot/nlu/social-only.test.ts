/**
 * A message made only of social words: a thanks with a closing ("teşekkürler, başka sorum yok",
 * "sağolun sorun çözüldü", "ok thanks bye") is thanks; a greeting with an announcement of a question
 * ("selamlar bir sorum olacak", "hello, I have a question") is greeting. The closing words
 * ("sorun", "başka", "question") must not pull it to a topic. A topic said with them still wins.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("only social words", () => {
  it.each([
    ["tamamdır sağolun, başka sorum kalmadı", "tr", "thanks"],
    ["çok teşekkürler sorunumuz çözüldü", "tr", "thanks"],
    ["anladım, teşekkür ederim iyi akşamlar", "tr", "thanks"],
    ["tşk bu kadar bilgi yeterli", "tr", "thanks"],
    ["ok thank you, goodbye", "en", "thanks"],
    ["thanks, that solved it", "en", "thanks"],
    ["merhabalar size bir şey soracaktım", "tr", "greeting"],
    ["iyi günler, bir sorum vardı", "tr", "greeting"],
    ["hi, I've got a quick question", "en", "greeting"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["teşekkürler ama kart hala gelmedi", "tr", "delivery"],
    ["merhaba, pinim bloke oldu", "tr", "pin_locked"],
    ["thanks, but how do I renew the seal", "en", "renewal"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
