/**
 * Whether the data given is safe, asked at an application's question ("bu bilgiler güvende mi",
 * "kvkk ne olacak", "is my data safe?"): before, the VKN or TCKN check refused it ("VKN 10 haneli bir
 * sayıdır"). The privacy notice (KVKK) answers it, then the question again; nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { isPrivacyRequest } from "../../../bot/dispatch/privacy-request.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { setup } from "../harness.ts";

describe("data safety asked inside the application", () => {
  it.each([
    ["tr", "bu bilgiler güvende mi"],
    ["tr", "kvkk ne olacak"],
    ["tr", "verdiğim bilgiler kimlerle paylaşılıyor"],
    ["en", "is my data safe?"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    await chat.say(locale === "tr" ? "başvuru" : "I want to apply");
    await chat.say(locale === "tr" ? "tüzel" : "legal person");
    const reply = await chat.say(question);
    expect(reply).toMatch(/KVKK/);
    expect(reply).not.toMatch(/10 haneli bir sayıdır|has 10 digits/);
    expect(reply).toMatch(/VKN/);
    expect(await chat.say("3230512384")).toMatch(/unvan/i);
  });

  it.each(["kart hata veriyor ne olacak", "iletişim bilgilerim değişirse ne olacak"])(
    "'%s' is no privacy question",
    (text) => {
      expect(isPrivacyRequest(foldTurkish(text))).toBe(false);
    },
  );
});
