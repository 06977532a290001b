/**
 * In whose name the invoice is made out ("faturayı kime kesiyorsunuz, şirkete mi yetkiliye mi"):
 * before, "Şunu mu demek istediniz? Fatura | Temsilci". R6.2 tells where the invoice goes; on whose
 * name, the domain is silent: said so, with the call centre.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("the invoice's addressee asked", () => {
  it.each([
    ["tr", "faturayı kime kesiyorsunuz, şirkete mi yetkiliye mi"],
    ["tr", "fatura kimin adına kesiliyor"],
    ["tr", "fatura sirket adina mi"],
    ["en", "who is the invoice made out to?"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(question);
    expect(reply).toMatch(/aynı zarfta|same envelope/);
    expect(reply).toMatch(/kesin bir bilgi veremiyorum|cannot tell you for certain/);
    expect(reply).toContain("444 5 576");
    expect(reply).not.toMatch(/Şunu mu demek istediniz|Did you mean/);
  });
});
