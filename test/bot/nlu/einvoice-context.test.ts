/**
 * e-Fatura, e-Defter, e-Arşiv named as the reason for a seal: the message asks to apply for the
 * seal (R3), not about GİB enrolment before applying (R2.1). Questions about enrolment itself still
 * get R2.1.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("e-document words as context of an application", () => {
  it.each([
    ["e-fatura için mali mühür almamız gerekiyormuş, başvuruyu buradan yapabilir miyiz", "tr"],
    ["gib e-faturaya geçmemizi istedi, mühür başvurusunu başlatalım", "tr"],
    ["I'd like to apply for an e-seal for our limited company, tax id 4540536920", "en"],
  ] as const)("%s → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each([
    ["e-fatura kaydını siz mi yapıyorsunuz", "tr"],
    ["e-defter için ayrı mühür gerekir mi", "tr"],
    ["mühür başvurusunu yaptık, e-faturaya geçiş için gib'e ne zaman başvuracağız", "tr"],
    ["do you register us for e-invoice at GIB", "en"],
  ] as const)("%s → before_apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("before_apply");
  });
});
