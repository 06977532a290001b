/**
 * What to type, asked at the certificate status's subject question ("ne yazmam lazım", "hangi
 * numarayı yazayım", "what should I type?"): before, the message was read as another topic and got
 * the "card arrived, what now" steps. Answered with what the question takes (the serial: anyone may
 * ask; the firm's VKN: with identity verification), then the question again; a VKN typed next is the
 * answer.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("what to type, asked at the status question", () => {
  it.each([
    "ne yazmam lazım",
    "ne yazayım?",
    "hangi numarayı yazayım",
    "ne girmem gerekiyor",
    "neyi yazacağım",
  ])("tr: %s", async (q) => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("sertifika durumu");
    const reply = await ctx.chat.say(q);
    expect(reply).toMatch(/seri numarası/);
    expect(reply).toMatch(/kimliğinizi doğrula/);
    expect(reply).not.toMatch(/PIN/);
    expect(reply).toMatch(/Sertifikanın seri numarasını/);
    expect(await ctx.chat.say(firmA.vkn)).toMatch(/kimliğinizi doğrulamamız/);
  });

  it.each(["what should I type?", "what do you need from me?", "which number do I enter?"])(
    "en: %s",
    async (q) => {
      const ctx = await setup({ locale: "en" });
      await ctx.world.addCertificate(firmA);
      await ctx.chat.say("certificate status");
      const reply = await ctx.chat.say(q);
      expect(reply).toMatch(/serial number/);
      expect(reply).toMatch(/verify your identity/);
      expect(reply).not.toMatch(/PIN/);
    },
  );
});
