import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

/** The masked e-mail a verification names: `x***@y***.<public suffix>` (core/privacy/mask.ts). */
const namedEmail = /\p{Ll}\*\*\*@\p{Ll}\*\*\*(?:\.[a-z0-9]+){1,2}/gu;
const namedPhone = /\+90 5\*\* \*\*\* \*\* \d\d/g;

/** The answer to the VKN of a status question, and the answer with the named contacts blanked. */
async function answerTo(vkn: string, known: boolean) {
  const ctx = await setup();
  if (known) await ctx.world.addCertificate(firmB);
  await ctx.chat.say("sertifikamın durumu nedir");
  const answer = await ctx.chat.say(vkn);
  return { answer, form: answer.replace(namedEmail, "<e-posta>").replace(namedPhone, "<telefon>") };
}

describe("the contacts a verification names (interfaces.md §4: an unknown VKN reveals nothing)", () => {
  it("are told in one form for a firm on record and a VKN nobody holds; neither answer shows a domain", async () => {
    const known = await answerTo(firmB.vkn, true);
    const unknown = await answerTo(firmB.vkn, false);
    expect(known.answer).toContain("i***@u***.com.tr");
    expect(known.answer).not.toContain("ulusgida");
    expect(known.form).toContain("<e-posta>");
    expect(known.form).toContain("<telefon>");
    // the decoy's answer differs from the firm's only inside the masked contacts
    expect(unknown.answer).not.toBe(known.answer);
    expect(unknown.form).toBe(known.form);
    expect(unknown.answer.match(namedEmail)).toHaveLength(1);
    expect(unknown.answer).not.toMatch(/@[^\s*]+\.[a-z]{2,}/);
  });

  it("is the same form for another firm's domain shape", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate({ ...firmA, email: "Muhasebe@Posta.Ornek-Bilisim.net.tr" });
    await ctx.chat.say("sertifikamın durumu nedir");
    const answer = await ctx.chat.say(firmA.vkn);
    expect(answer).toContain("m***@o***.net.tr");
    expect(answer.toLowerCase()).not.toMatch(/ornek|posta\./);
  });
});
