/**
 * The HSM's service report asked ("tutanak ne demek", "hizmet gerçekleştirme tutanağı nedir",
 * "tutanağı kim imzalıyor", "what's a service report") got "Şunu mu demek istediniz?", the menu or
 * the troubleshooting text. R3.3.4 says what it is: signed in two copies on the installation day,
 * one kept by the firm and one by the CA staff, then the invoice. The glossary answers it.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { identifierAsked } from "../../../bot/nlu/identifier-asked.ts";
import { setup } from "../harness.ts";

describe("the service report asked (R3.3.4)", () => {
  it.each([
    ["tr", "tutanak ne demek", "nüsha"],
    ["tr", "hizmet gerçekleştirme tutanağı nedir", "nüsha"],
    ["tr", "tutanağı kim imzalıyor", "nüsha"],
    ["en", "what's a service report", "two copies"],
    ["en", "who signs the service report?", "two copies"],
  ] as const)("%s: '%s' gets what it is", async (locale, text, expected) => {
    const { chat } = await setup({ locale });
    const answer = await chat.say(text);
    expect(answer).toContain(expected);
    expect(answer).not.toMatch(/Şunu mu demek|Did you mean|Bir hata alıyorsanız/);
  });

  it("at an application question it is answered and the question asked again", async () => {
    const { chat } = await setup();
    await chat.say("başvuru yapmak istiyorum");
    await chat.say("tüzel");
    const answer = await chat.say("tutanak ne demek");
    expect(answer).toContain("nüsha");
    expect(answer).toMatch(/VKN/);
  });

  it("a report signed or sent is no such question", () => {
    for (const text of ["tutanağı imzaladık gönderdik", "we signed the service report"])
      expect(identifierAsked(foldTurkish(text))).toBeUndefined();
  });
});
