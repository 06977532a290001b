/**
 * A theft told without "çalındı"/"stolen" (a burglar, a robbery: "hırsız girdi", "soyulduk",
 * "burgled", "thieves took it") asks to revoke the seal (R7.2); a denied one does not.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { asksForRevocation } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("theft in other words", () => {
  it.each([
    ["ofise hırsız girdi kart okuyucuyla beraber mühürü de götürmüşler", "tr"],
    ["depoya hırsız girmiş mühürü de almışlar", "tr"],
    ["we had a burglary and the seal card was taken", "en"],
  ] as const)("%s → revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it.each(["hırsız girmedi, kart sadece çalışmıyor", "ofise hırsız girmedi ama pin kilitlendi"])(
    "'%s' asks for no revocation",
    (text) => {
      expect(asksForRevocation(foldTurkish(text))).toBe(false);
      expect(intentOf(text, "tr")).not.toBe("revoke");
    },
  );
});
