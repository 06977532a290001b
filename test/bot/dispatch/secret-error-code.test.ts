/**
 * Tester (hostile) #3: "pin girerken hata 0x6983 aliyorum" was taken for a PIN (the warning "Yazdığınız
 * bilgi kaydedilmedi", no help). A card's status word or an error code (0x6983, "hata 6A82", "6983
 * hatası", "SW=63C2", "hata kodu 0x80090016") is no PIN: the message is answered. A message that does
 * hold a PIN and says it does not work ("şifrem 987654 çalışmıyor") gets the warning and then the help
 * it asked for (R4.2, Kilit Çözme); it used to get the warning alone.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { looksLikeSecret } from "../../../bot/nlu/secrets.ts";
import { setup } from "../harness.ts";

const errorCodes = [
  "pin girerken hata 0x6983 aliyorum",
  "PIN'i girince 0X6982 dönüyor",
  "hata 6A82",
  "pin girişinde hata: 6983",
  "kart 6983 hatası veriyor, pin doğru",
  "pin doğrulamada SW=63C2 geliyor",
  "şifre girince hata kodu 6983 çıkıyor",
  "imzalarken 0x80090016 hatası alıyorum pin sorduktan sonra",
  "error 6983 when entering the PIN",
  "pin ekranında 6a82 hata kodu",
];

const secrets = [
  "pinim 6983",
  "PIN: 1234",
  "şifrem 987654 çalışmıyor",
  "pinim 6983 hata veriyor",
  "pin kodum 6983",
  "hata var, pinim 4821",
  "my PIN is 6983",
];

describe("an error code beside the PIN is no PIN", () => {
  it.each(errorCodes)("%j is no secret", (text) => {
    expect(looksLikeSecret(foldTurkish(text), false)).toBe(false);
    expect(looksLikeSecret(foldTurkish(text), true)).toBe(false);
  });

  it.each(secrets)("%j is still a secret", (text) => {
    expect(looksLikeSecret(foldTurkish(text), false)).toBe(true);
  });

  it.each([
    ["pin girerken hata 0x6983 aliyorum", /Kilit Çözme|Akis Kart İzleme|PIN bloke/],
    ["hata 6A82", /Akis Kart İzleme|Kilit Çözme/],
    ["kart 6983 hatası veriyor", /Akis Kart İzleme|Kilit Çözme/],
  ])("%j is answered, no warning", async (message, answer) => {
    const w = await setup();
    const reply = await w.chat.say(message);
    // the warning (security.never_share); R4.2's own answer also says never to share the PIN
    expect(reply).not.toMatch(/Yazdığınız bilgi kaydedilmedi|buraya da yazmayın/);
    // the answer, or the choice of the PIN's help (the classifier's "Şunu mu demek istediniz?")
    expect(`${reply} ${w.chat.buttons().join(" ")}`).toMatch(answer);
  });
});

describe("a PIN said not to work: the warning, then R4.2's help", () => {
  it.each([
    "şifrem 987654 çalışmıyor",
    "pinim 4821 olmuyor",
    "PIN 1 2 3 4 kabul edilmiyor",
    "kart şifrem 246810 yanlış diyor",
    "pin kodum 5566 hatalı diyor ne yapmalıyım",
  ])("%j", async (message) => {
    const w = await setup();
    const reply = await w.chat.say(message);
    expect(reply).toMatch(/PIN, PUK veya şifrenizi asla kimseyle paylaşmayın/);
    expect(reply).toMatch(/Kilit Çözme/);
    const digits = message.replace(/\D/g, "");
    expect(reply.replace(/\D/g, "")).not.toContain(digits);
    expect(JSON.stringify([...w.states.saved.values()])).not.toContain(digits);
  });

  it("in English: 'my PIN 4321 doesn't work'", async () => {
    const w = await setup({ locale: "en" });
    const reply = await w.chat.say("my PIN 4321 doesn't work");
    expect(reply).toMatch(/never share/i);
    expect(reply).toMatch(/Kilit Çözme/);
  });

  it("a PIN alone still gets the warning only", async () => {
    const w = await setup();
    const reply = await w.chat.say("PIN: 1234");
    expect(reply).toMatch(/asla kimseyle paylaşmayın/);
    expect(reply).not.toMatch(/Kilit Çözme/);
  });
});
