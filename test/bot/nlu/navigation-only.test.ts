/**
 * A message made only of navigation words ("başlangıca dön", "geri dönelim", "back", "go back to the
 * beginning") is menu: outside a dialog there is nothing to go back to but the start. "Geri" must not
 * pull it to the money back (refund) or an undone revocation; anything named with it still wins.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("only navigation words", () => {
  it.each([
    ["başlangıca dönelim", "tr", "menu"],
    ["geri dön", "tr", "menu"],
    ["en başa geri gidelim lütfen", "tr", "menu"],
    ["go back", "en", "menu"],
    ["back to the beginning please", "en", "menu"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["paramı geri istiyorum", "tr", "refund"],
    ["iptali geri alın", "tr", "revoke_undo"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
