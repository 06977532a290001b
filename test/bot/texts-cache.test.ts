import { describe, expect, it } from "vitest";
import type { Texts } from "../../bot/engine-deps.ts";
import { memoizeTexts } from "../../bot/texts-cache.ts";

describe("memoised customer texts", () => {
  it("looks a parameterless text up once per locale and key, and always passes parameters through", () => {
    const calls: string[] = [];
    const texts: Texts = (locale, key, params) => {
      calls.push(`${locale}:${key}`);
      return `${locale}/${key}${params ? `/${JSON.stringify(params)}` : ""}`;
    };
    const memo = memoizeTexts(texts);
    expect(memo("tr", "menu.prompt")).toBe("tr/menu.prompt");
    expect(memo("tr", "menu.prompt")).toBe("tr/menu.prompt");
    expect(memo("en", "menu.prompt")).toBe("en/menu.prompt");
    expect(memo("tr", "prices.card", { price: 1 })).toBe('tr/prices.card/{"price":1}');
    expect(memo("tr", "prices.card", { price: 2 })).toBe('tr/prices.card/{"price":2}');
    expect(calls).toEqual(["tr:menu.prompt", "en:menu.prompt", "tr:prices.card", "tr:prices.card"]);
  });
});
