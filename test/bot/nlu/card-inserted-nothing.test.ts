/**
 * The card put in and nothing happens ("kartı takınca hiçbir şey olmuyor", "when I insert the card
 * nothing happens"): before, "Şunu mu demek istediniz? Teslimat | Sipariş durumu" (Turkish) and the
 * refund (English). A fault with the card in hand: the troubleshooting checks (R10.1).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

describe("the inserted card does nothing: troubleshooting", () => {
  it.each([
    ["tr", "kartı takınca hiçbir şey olmuyor"],
    ["tr", "karti taktim tepki yok"],
    ["tr", "kartı okuyucuya taktığımda bilgisayar tanımıyor"],
    ["en", "when I insert the card nothing happens"],
    ["en", "I plugged in the card but it is not recognised"],
  ] as const)("%s: %s", (locale, text) => {
    expect(intentOf(text, locale)).toBe("troubleshoot");
  });

  it("answers with the R10.1 checks", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartı takınca hiçbir şey olmuyor")).toMatch(/Akis Kart İzleme Aracı/);
  });

  it("a card not arrived stays the delivery's", () => {
    expect(intentOf("kartım hala gelmedi")).not.toBe("troubleshoot");
  });
});
