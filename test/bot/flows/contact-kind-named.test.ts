/**
 * Tester (session 16): "telefon numaramı güncellemek istiyorum" → VKN → code → "Hangi iletişim
 * bilginizi güncellemek istiyorsunuz?" as if nothing had been said, and the new number typed there
 * got a bare "choose one of the options". The contact named in the request is said at the question
 * (its buttons stay, §4's order) and "evet" takes it; a whole new address or number typed there is
 * the answer and the new value at once.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

async function verified(opening: string) {
  const w = await setup();
  await w.world.addCertificate(firmA);
  await w.chat.say(opening);
  await w.chat.say(firmA.vkn);
  const answer = await w.chat.say(w.world.lastCodeTo(firmA.email)!);
  return { w, answer };
}

describe("the contact named before the 'which contact' question", () => {
  it("is said at the question, with both buttons, and 'evet' takes it", async () => {
    const { w, answer } = await verified("telefon numaramı güncellemek istiyorum");
    expect(answer).toMatch(/cep telefonu numaranızı güncellemek istediğinizi anladım/);
    expect(w.chat.buttons()).toEqual(["E-posta", "Telefon"]);
    expect(await w.chat.say("evet")).toMatch(/telefon/i);
    await w.chat.say("0533 222 11 00");
    expect(w.world.lastCodeTo("+905332221100")).toBeDefined();
  });

  it("none named: the question alone", async () => {
    const { answer } = await verified("iletişim bilgilerimi güncellemek istiyorum");
    expect(answer).not.toMatch(/anladım/);
    expect(answer).toMatch(/Hangi iletişim bilginizi/);
  });

  it.each([
    ["0533 222 11 00", "+905332221100"],
    ["muhasebe@ornek.com.tr", "muhasebe@ornek.com.tr"],
  ])("a new contact typed at the question (%s) is the answer and the new value", async (typed, to) => {
    const { w } = await verified("iletişim bilgilerimi güncellemek istiyorum");
    const answer = await w.chat.say(typed);
    expect(answer).not.toMatch(/seçeneklerden birini/);
    expect(w.world.lastCodeTo(to)).toBeDefined();
  });
});
