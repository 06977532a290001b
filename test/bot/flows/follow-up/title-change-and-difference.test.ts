/**
 * Follow-ups that depend on the last answer: "eskisi iptal mi olur" right after R5.2's answer (a VKN
 * or unvan change needs a new mali mühür) got the status question; "peki hangisini almalıyım" right
 * after the e-imza / mali mühür difference (R1.2) got the before-applying list and "bize hangisi
 * lazım" a "did you mean PUK | Yenileme". The domain is silent on the old certificate after a change:
 * what is known (the revocation's reasons, R7.2) and the call centre; which one: R1.2's answer.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

describe("after R5.2: the old certificate asked", () => {
  it.each([
    ["tr", "unvanımız değişti", "eskisi iptal mi olur"],
    ["tr", "vergi numaramız değişti", "eski kart ne olacak"],
    ["tr", "unvan degisti", "eskisini kullanmaya devam edebilir miyiz"],
    ["en", "our company name changed", "what happens to the old one?"],
  ] as const)("%s: %s → %s", async (locale, told, question) => {
    const { chat } = await setup({ locale });
    expect(await chat.say(told)).toMatch(/yeni bir mali mühür gerekir|a new mali mühür is required/);
    const reply = await chat.say(question);
    expect(reply).toMatch(/kesin bir bilgi veremiyorum|cannot tell you for certain/);
    expect(reply).toContain("444 5 576");
    expect(reply).not.toMatch(/seri numarasını|serial number/);
  });

  it("without R5.2 just before, the words are not read so", async () => {
    const { chat } = await setup();
    expect(await chat.say("eskisi iptal mi olur")).not.toMatch(/kesin bir bilgi veremiyorum/);
  });

  it("a revocation asked after it is a revocation", async () => {
    const { chat } = await setup();
    await chat.say("unvanımız değişti");
    expect(await chat.say("eski kartı iptal etmek istiyorum")).toMatch(/kimliğinizi doğrulamamız/);
  });
});

describe("after the e-imza / mali mühür difference: which one", () => {
  it.each([
    ["tr", "e-imza ile mali mühür farkı ne", "peki hangisini almalıyım"],
    ["tr", "e imza mi mali muhur mu fark nedir", "bize hangisi lazım"],
    ["en", "what is the difference between e-imza and mali mühür", "which one do we need?"],
  ] as const)("%s: %s → %s", async (locale, first, question) => {
    const { chat } = await setup({ locale });
    await chat.say(first);
    const reply = await chat.say(question);
    expect(reply).toMatch(/mali belgeleri mühürleyecekseniz mali mühür gerekir|you need a mali mühür/);
    expect(reply).not.toMatch(/Şunu mu demek istediniz|Did you mean/);
  });
});
