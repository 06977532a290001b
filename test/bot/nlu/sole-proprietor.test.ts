/**
 * A sole proprietorship told of oneself ("şahıs şirketiyim") was the VKN/unvan change (0.93, from
 * the example of a firm that changed from one to a limited company): it is applying as a gerçek
 * kişi (R3.1: the form is for a tüzel or a gerçek kişi). A change told stays the change (R5.2).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("a sole proprietorship told", () => {
  it.each([
    ["şahıs şirketiyim", "tr"],
    ["şahıs şirketiyiz", "tr"],
    ["biz şahıs işletmesiyiz", "tr"],
    ["ben şahıs firmasıyım", "tr"],
    ["we are a sole proprietorship", "en"],
  ] as const)("'%s' → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it("'şahıs şirketinden limited şirkete geçtik' stays the change", () => {
    expect(intentOf("şahıs şirketinden limited şirkete geçtik")).toBe("vkn_title_change");
  });
});
