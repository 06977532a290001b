/**
 * Tester (hostile), after 0fb76b3: an error code in brackets or parentheses beside the PIN word
 * ("pin girerken hata (0x6983) alıyorum", "PIN girince [6983] hatası veriyor", "pin: hata kodu
 * (6A82)", "PIN error (0x6983) when signing"). None is a PIN: no warning. The card's "PIN blocked"
 * status words (6983: authentication blocked, 63C0: no tries left) get R4.2's Kilit Çözme at once,
 * not "Şunu mu demek istediniz?"; another card error gets R10.1's checks (Akis Kart İzleme), as the
 * unbracketed forms do. A real PIN in brackets beside the PIN word stays a secret.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { looksLikeSecret } from "../../../bot/nlu/secrets.ts";
import { setup } from "../harness.ts";

const warning = /Yazdığınız bilgi kaydedilmedi|What you typed was not stored/;

/** The PIN blocked, told by its status word beside the PIN word: R4.2's Kilit Çözme. */
const pinBlocked: [string, "tr" | "en"][] = [
  ["pin girerken hata (0x6983) alıyorum", "tr"],
  ["pin girerken hata 0x6983 aliyorum", "tr"],
  ["PIN girince [6983] hatası veriyor", "tr"],
  ["PIN'i girince {0x6983} dönüyor", "tr"],
  ["pın girerken “6983” hatası alıyoruz", "tr"],
  ["pin hatası (SW 63C0)", "tr"],
  ["şifre girince hata kodu: (6983) çıkıyor", "tr"],
  ["PIN error (0x6983) when signing", "en"],
  ["entering the PIN gives error [6983]", "en"],
  ["pin error code: (63C0)", "en"],
];

/** Another card error beside the PIN word: R10.1's checks, as for the unbracketed "hata 6A82". */
const otherError: [string, "tr" | "en"][] = [
  ["pin: hata kodu (6A82)", "tr"],
  ["pin girince hata (6A82) veriyor", "tr"],
  ["PIN error code (6A82)", "en"],
];

/** A PIN in brackets is still a PIN. */
const secrets = ["pinim (482913)", "PIN: [4821]", "pin kodum (6983)", "şifrem «246810»", "my PIN is (5566)"];

describe("an error code in brackets beside the PIN is no PIN", () => {
  it.each([...pinBlocked, ...otherError])("%j is no secret", (text) => {
    expect(looksLikeSecret(foldTurkish(text), false)).toBe(false);
    expect(looksLikeSecret(foldTurkish(text), true)).toBe(false);
  });

  it.each(secrets)("%j is still a secret", async (text) => {
    expect(looksLikeSecret(foldTurkish(text), false)).toBe(true);
    const w = await setup();
    const reply = await w.chat.say(text);
    expect(reply).toMatch(warning);
    const digits = text.replace(/\D/g, "");
    expect(JSON.stringify([...w.states.saved.values()])).not.toContain(digits);
  });

  it("a PIN in brackets said not to work: the warning, then Kilit Çözme", async () => {
    const w = await setup();
    const reply = await w.chat.say("şifrem (987654) çalışmıyor");
    expect(reply).toMatch(warning);
    expect(reply).toMatch(/Kilit Çözme/);
    expect(reply).not.toContain("987654");
  });
});

describe("the answer to a PIN error code", () => {
  it.each(pinBlocked)("%j: Kilit Çözme, no warning, no 'did you mean'", async (message, locale) => {
    const w = await setup({ locale });
    const reply = await w.chat.say(message);
    expect(reply).not.toMatch(warning);
    expect(reply).not.toMatch(/Şunu mu demek istediniz|Did you mean/);
    expect(reply).toMatch(/Kilit Çözme/);
  });

  it.each(otherError)("%j: the card checks (R10.1), no warning", async (message, locale) => {
    const w = await setup({ locale });
    const reply = await w.chat.say(message);
    expect(reply).not.toMatch(warning);
    expect(`${reply} ${w.chat.buttons().join(" ")}`).toMatch(/Akis Kart İzleme|Kilit Çözme/);
  });

  it("the PIN said right beside 6983 is no locked PIN: the card checks", async () => {
    const w = await setup();
    const reply = await w.chat.say("kart (6983) hatası veriyor, pin doğru");
    expect(reply).not.toMatch(warning);
    expect(reply).toMatch(/Akis Kart İzleme|Kilit Çözme/);
  });
});
