/**
 * "dernek olarak basvurabilir miyiz" got the R9 "cannot apply online" answer, though R9.1 names no
 * associations or foundations and the bot's own text says a tüzel kişi includes "dernekler,
 * vakıflar gibi VKN'si olan kuruluşlar". An association, foundation, union, chamber or municipality
 * applies online as a tüzel kişi: at the menu the application starts with that type taken (the
 * KVKK notice, then the VKN); at question 1 "biz bir derneğiz" is the answer tüzel kişi. R9.1's own
 * cases still get R9.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";
import { setup } from "../harness.ts";

const r9Answer = /yazılı (şekilde|olarak) GİB/;

describe("an association or foundation applies as a tüzel kişi", () => {
  it.each([
    "dernek olarak basvurabilir miyiz",
    "Dernek olarak başvurabilir miyiz?",
    "biz bir derneğiz",
    "vakfımız için mali mühür almak istiyoruz",
    "belediyemiz adına başvuru yapacağız",
    "sendika olarak basvuru yapmak istiyoruz",
    "ticaret odası olarak başvurabilir miyiz",
    "derneğimiz için başvuru",
  ])("at the menu, '%s': the application as a tüzel kişi, no R9", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(r9Answer);
    expect(answer).toMatch(/tüzel kişi olarak/);
    expect(answer).toMatch(/KVKK/);
    expect(answer).toMatch(/VKN/);
  });

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("we are an association, can we apply");
    expect(answer).toMatch(/legal person \(tüzel kişi\)/);
    expect(answer).not.toMatch(/in writing to GİB/);
  });

  it.each(["biz bir derneğiz", "vakfıyız", "dernek"])(
    "at question 1, '%s' is the answer tüzel kişi",
    async (text) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const answer = await chat.say(text);
      expect(answer).not.toMatch(r9Answer);
      expect(answer).toMatch(/VKN/);
    },
  );

  it.each([
    "kooperatif olarak başvurabilir miyiz",
    "adi ortaklık olarak başvuru",
    "%100 yabancı sermayeli şirketiz",
    "MERSİS bilgilerimiz güncel değil",
    "fon olarak başvurabilir miyiz",
    "kollektif şirketiz",
    "OSB olarak başvuru",
    "dernek ve kooperatifiz başvurabilir miyiz",
  ])("R9.1's own case '%s' stays R9", (text) => {
    expect(intentOf(text)).toBe("r9");
  });

  it.each([
    ["vakıfbank ile ödeme yapabilir miyim", "payment"],
    ["vakfımızın mühürünü kaybettik", "revoke"],
  ] as const)("'%s' keeps its own topic", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
