/**
 * "Zarfın içinde PIN yok", "PIN zarfı gelmedi", "şifre zarfı çıkmadı" were asked back between the
 * delivery and the invoice (or answered with the card's delivery). The domain says nothing of a PIN
 * shipped in an envelope; it says the PIN is set by the customer online ("Kilit Çözme", R4.2; the
 * seed's "PIN Oluşturma / Kilit Çözme" for a PIN not known) and a PIN is never asked for or stored
 * by us. That is the answer (info.pin_missing), with the card or invoice missing still their own
 * topics and a one-time code that did not come no PIN.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { sayAll, setup } from "../harness.ts";

describe("a PIN said missing from the envelope", () => {
  it.each([
    "zarfın içinde PIN yok",
    "PIN zarfı gelmedi",
    "şifre zarfı çıkmadı",
    "zarftan pin çıkmadı",
    "kart geldi ama pin kodu gelmedi",
    "pin şifresi bize verilmedi",
    "zarfta şifre yoktu",
  ])("'%s': the PIN is set online with Kilit Çözme; never asked for", async (text) => {
    const { chat, handoff } = await setup();
    const answer = await chat.say(text);
    expect(answer).toMatch(/Kilit Çözme/);
    expect(answer).toMatch(/yeni bir PIN/);
    expect(answer).toMatch(/hiçbir zaman sormaz/);
    expect(answer).not.toMatch(/Şunu mu demek istediniz/);
    expect(handoff.requests).toHaveLength(0);
  });

  it.each([
    "there was no PIN in the envelope",
    "the PIN letter never arrived",
    "we did not receive a PIN for the card",
  ])("'%s' (en) is answered the same", async (text) => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say(text);
    expect(answer).toMatch(/Kilit Çözme/);
    expect(answer).toMatch(/never ask for a PIN/);
  });

  it("inside the application: answered, then the question again", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
    const answer = await chat.say("önceki kartımızın zarfında pin yoktu, ne yapmalıyız?");
    expect(answer).toMatch(/Kilit Çözme/);
    expect(answer).toMatch(/Firmanın unvanını/);
  });

  it.each([
    ["zarfın içinde PIN yok", "pin_locked"],
    ["PIN zarfı gelmedi", "pin_locked"],
    ["şifre zarfı çıkmadı", "pin_locked"],
    ["puk kodu zarfta yok", "puk"],
    ["zarfta kart yok", "delivery"],
    ["paketin içinde fatura yok", "invoice"],
    ["pinim bloke oldu", "pin_locked"],
  ] as const)("the NLU: '%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("the envelope with nothing named is still asked back", () => {
    expect(intentOf("zarfın içinde yok")).toBe("unsure");
  });

  it("a locked PIN keeps its own answer", async () => {
    const { chat } = await setup();
    expect(await chat.say("pinim bloke oldu")).toMatch(/üç kez yanlış girilince bloke olur/);
  });
});
