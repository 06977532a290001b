/**
 * Lead's held-out replay (session 28): at the contact update's "which contact?" question the customer
 * typed the new address at once with a typo ("muhasebe@ornek,com.tr"). A valid address there is taken
 * as the answer and the new value; a mistyped one was read as another topic, so the update (and the
 * verification behind it) was left for the menu's greeting, and the corrected address typed next met
 * no question. An address or number typed alone at that question is an answer of its kind: a mistyped
 * one gets the format error and the new-value question of that kind, and the corrected value is taken.
 */
import { describe, expect, it } from "vitest";
import { verifiedFirmA } from "../harness.ts";

async function atKind(locale: "tr" | "en", opening: string) {
  const w = await verifiedFirmA(locale, opening);
  return w;
}

describe("a mistyped contact at the which-contact question", () => {
  it.each([
    ["muhasebe@ornek,com.tr", "muhasebe@ornek.com.tr"],
    ["muhasebe@ornek", "muhasebe@ornek.com.tr"],
    ["muhasebe@@ornek.com.tr", "muhasebe@ornek.com.tr"],
    ["@ornek.com.tr", "muhasebe@ornek.com.tr"],
  ])("%j: the format error, the e-mail question, then %j is taken", async (typo, fixed) => {
    const w = await atKind("tr", "mail adresimizi değiştirmemiz lazım");
    const answer = await w.chat.say(typo);
    expect(answer).not.toMatch(/Merhaba!/);
    expect(answer).toMatch(/Yeni e-posta adresinizi yazın/);
    await w.chat.say(fixed);
    expect(w.world.lastCodeTo(fixed)).toBeDefined();
  });

  it.each([
    ["0532 987 654", "0532 987 65 43", "+905329876543"],
    ["0212 555 44 33", "0532 987 65 43", "+905329876543"],
  ])("%j: the format error, the phone question, then %j is taken", async (typo, fixed, normal) => {
    const w = await atKind("tr", "iletişim bilgilerimi güncellemek istiyorum");
    const answer = await w.chat.say(typo);
    expect(answer).not.toMatch(/Merhaba!/);
    expect(answer).toMatch(/Yeni cep telefonu numaranızı yazın/);
    await w.chat.say(fixed);
    expect(w.world.lastCodeTo(normal)).toBeDefined();
  });

  it("English: 'accounts@example,com' gets the e-mail question, then the fixed address is taken", async () => {
    const w = await atKind("en", "I need to change our e-mail address");
    const answer = await w.chat.say("accounts@example,com");
    expect(answer).toMatch(/new e-mail/i);
    await w.chat.say("accounts@example.com");
    expect(w.world.lastCodeTo("accounts@example.com")).toBeDefined();
  });
});
