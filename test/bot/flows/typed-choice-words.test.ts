/**
 * Typed answers at choice questions in the words customers use (`interfaces.md` §3: a typed answer
 * works wherever a button is offered): a sole proprietorship is a gerçek kişi; "tel" is the phone.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("typed choice words", () => {
  it.each(["şahıs şirketi", "sahis sirketiyim", "bireysel", "kendi adıma"])(
    "'%s' at tüzel/gerçek chooses gerçek kişi (the TCKN is asked)",
    async (typed) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      expect(await chat.say(typed)).toContain("TCKN");
    },
  );

  it.each([["sole proprietorship", "en"]] as const)("'%s' chooses a real person", async (typed, locale) => {
    const { chat } = await setup({ locale });
    await chat.say("apply");
    expect(await chat.say(typed)).toContain("TCKN");
  });

  it.each(["tel", "cep no", "telefon numarası"])("'%s' at which-contact chooses the phone", async (typed) => {
    const { chat, world, lastCodeTo } = await setup();
    await world.addCertificate(firmA);
    await chat.say("iletişim bilgimi güncellemek istiyorum");
    await chat.say(firmA.vkn);
    expect(await chat.say(lastCodeTo(firmA.email)!)).toMatch(/hangi iletişim/i);
    expect(await chat.say(typed)).toMatch(/yeni cep telefonu numaranızı/i);
  });
});
