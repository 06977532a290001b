/**
 * The yes/no reader of the steps that act on a yes (an irreversible revocation, submitting an
 * application): only a plain yes is a yes; a question, a hedge or a negated yes never is.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { yesNo } from "../../../bot/nlu/yes-no.ts";

const read = (raw: string) => yesNo(foldTurkish(raw), raw);

describe("yesNo", () => {
  it.each(["evet", "Evet, onaylıyorum", "tamam", "yes", "ok", "sure", "correct", "evet eminim"])(
    "'%s' is yes",
    (text) => expect(read(text)).toBe("yes"),
  );

  it.each(["hayır", "no", "not ok", "that is not correct", "doğru değil", "onaylamıyorum", "don't"])(
    "'%s' is no",
    (text) => expect(read(text)).toBe("no"),
  );

  it.each([
    "not sure",
    "I'm not sure",
    "evet mi demeliyim?",
    "tamam da geri alınabilir mi?",
    "olur mu bilmiyorum",
    "emin değilim",
    "yes, but first tell me",
    "evet ama bir sorum var",
    "maybe",
    "belki",
    "ok?",
    "is that correct",
    "evet hayır",
  ])("'%s' is neither", (text) => expect(read(text)).toBeUndefined());
});
