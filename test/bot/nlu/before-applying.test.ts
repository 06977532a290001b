/**
 * A message that wants to apply but asks what comes before it or what to bring ("başvuru yapacağız,
 * öncesinde hangi belgeler lazım") is the
 * before-applying answer (R2), not the application form; a plain application stays one.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("what comes before applying", () => {
  it.each([
    ["mali mühür almak istiyoruz, başvurmadan önce ne yapmalıyız", "tr"],
    ["şirketimiz için başvuru yapacağız, hangi belgeler gerekiyor", "tr"],
  ] as const)("%s → before_apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("before_apply");
  });

  it.each([
    ["mali mühür başvurusu yapmak istiyoruz", "tr"],
    ["6180884538 vergi numaralı firmamız için başvuru yapacağız", "tr"],
    ["I want to apply for an e-seal", "en"],
  ] as const)("%s → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });
});
