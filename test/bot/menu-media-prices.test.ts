/**
 * The two media's prices asked at the menu ("kart ile hsm arasındaki fiyat farkı ne kadar", "hsm
 * kart fiyatları", "kart kaç para hsm kaç para", "how much is the HSM vs the card") got the card/HSM
 * advice (R2.2/R2.3: the words "fark", "kart", "hsm"), which names no price. The prices (R6.1, from
 * configuration) answer it; which medium fits ("hangisi", a volume told) still gets the advice.
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

describe("the card's and the HSM's prices asked at the menu", () => {
  it.each([
    "kart ile hsm arasındaki fiyat farkı ne kadar",
    "kart ile hsm arasindaki fiyat farki ne kadar",
    "hsm kart fiyatları",
    "kart kaç para hsm kaç para",
    "akıllı kartla HSM'nin ücretleri arasında ne fark var",
    "hsm ile kartin maliyet farki nedir",
    "HSM karttan ne kadar daha pahalı",
    "kart mi daha ucuz hsm mi",
    "hsm ve akilli kart fiyatlari nedir",
    "kart ve hsm ne kadar tutuyor",
  ])("tr: %s", async (text) => {
    const { chat } = await setup();
    const reply = await chat.say(text);
    expect(reply).toMatch(/Güncel fiyatlar/);
    expect(reply).toMatch(/Akıllı kart: [\d.]+,\d\d TL/);
    expect(reply).not.toMatch(/saniyede en az 1000/);
    expect(reply).not.toMatch(/Şunu mu demek istediniz/);
  });

  it.each([
    "how much is the HSM vs the card",
    "price difference between the smart card and HSM?",
    "what do the card and the hsm cost",
    "is the HSM more expensive than the card? by how much",
  ])("en: %s", async (text) => {
    const { chat } = await setup({ locale: "en" });
    const reply = await chat.say(text);
    expect(reply).toMatch(/Current prices/);
    expect(reply).not.toMatch(/at least 1000/);
  });

  it.each([
    ["kart ile hsm arasındaki fark ne", /saniyede en az 1000/],
    ["kart mı hsm mi almalıyız", /saniyede en az 1000/],
    ["dakikada 200 fatura kesiyoruz kart mı hsm mi, fiyatları ne", /Güncel fiyatlar/],
  ])("which fits is still the advice: %s", async (text, expected) => {
    const { chat } = await setup();
    expect(await chat.say(text)).toMatch(expected);
  });
});
