/**
 * The card kept by someone who will not give it back ("muhasebecimiz kartı iade etmiyor", "our former
 * accountant won't give the card back"): before, the refund's text (R6.3) or the bare menu. The domain
 * is silent: what is known (revocation when the card is out of the firm's control, irreversible, then
 * a new application: R7) and the call centre, with the revocation and a representative offered; no
 * revocation is started by these words.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

describe("the card withheld by a third party", () => {
  it.each([
    ["tr", "muhasebecimiz kartı iade etmiyor"],
    ["tr", "eski muhasebeci kartı vermiyor ne yapabilirim"],
    ["tr", "ayrılan çalışan mühürü geri vermedi"],
    ["en", "our former accountant won't give the card back"],
  ] as const)("%s: %s", async (locale, told) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(told);
    expect(reply).toMatch(/kesin bir bilgi veremiyorum|cannot tell you for certain/);
    expect(reply).toContain("444 5 576");
    expect(reply).not.toMatch(/ücreti iade edilmez|is not refunded|VKN/);
    expect(chat.buttons()).toEqual(locale === "tr" ? ["Sertifika iptali", "Temsilci"] : expect.any(Array));
  });

  it("a card taken away is still a theft (revocation)", () => {
    expect(intentOf("muhasebeci kartı alıp götürmüş geri vermiyor")).toBe("revoke");
  });
});
