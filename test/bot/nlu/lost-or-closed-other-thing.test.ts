/**
 * "Kaybettim", "kapat", "lost", "cancel" said of something that is not the seal (the chat, a PIN or
 * password, an invoice: "sohbeti kapat", "şifremi kaybettim", "I lost my PIN") ask for no revocation
 * (R7.2 names the card lost or stolen); the card named with it keeps the revocation.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { asksForRevocation } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("lost or closed, but not the seal", () => {
  it.each([
    ["sohbeti kapat", "tr"],
    ["kartın şifresini kaybettik", "tr"],
    ["faturayı kaybettik yenisini gönderir misiniz", "tr"],
    ["I lost my PIN", "en"],
    ["lost the password for the card", "en"],
    ["cancel the chat", "en"],
  ] as const)("'%s' starts no revocation", (text, locale) => {
    expect(asksForRevocation(foldTurkish(text))).toBe(false);
    expect(intentOf(text, locale)).not.toBe("revoke");
  });

  it.each([
    // the PIN alone lost is R4.2's (bot/nlu/pin-lost.ts), no longer asked back beside the revocation
    ["I lost my PIN", "en", "pin_locked"],
    ["lost the password for the card", "en", "pin_locked"],
    ["kart ve şifreyi kaybettik", "tr", "revoke"],
    ["kartımızı kaybettik", "tr", "revoke"],
    ["we lost the card and the PIN", "en", "revoke"],
    ["mali mühürü iptal edin", "tr", "revoke"],
  ] as const)("'%s' → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
