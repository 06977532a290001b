import { describe, expect, it } from "vitest";
import { firstCharacters, MAX_MESSAGE_CHARACTERS } from "../../../core/text/message-cap.ts";

describe("firstCharacters", () => {
  it("keeps a text of at most max code points whole, emoji counted once", () => {
    expect(firstCharacters("😀".repeat(MAX_MESSAGE_CHARACTERS), MAX_MESSAGE_CHARACTERS)).toBe(
      "😀".repeat(MAX_MESSAGE_CHARACTERS),
    );
    expect(firstCharacters("abc", 3)).toBe("abc");
  });

  it("cuts after max code points and never inside a surrogate pair", () => {
    expect(firstCharacters("a😀😀b", 2)).toBe("a😀");
    expect(firstCharacters(`a${"😀".repeat(1000)}`, 1000)).toBe(`a${"😀".repeat(999)}`);
    expect(firstCharacters("abcdef", 0)).toBe("");
  });
});
