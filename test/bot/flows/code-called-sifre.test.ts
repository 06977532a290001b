/**
 * Turkish customers often call the SMS code "şifre" (tester round 18): at a code question "sms
 * şifresi 482913" was refused as a PIN (and deleted on Telegram). Said of the one-time code, it is
 * the code; a PIN, PUK, password or card word still makes it a secret, never a code (R4).
 */
import { describe, expect, it } from "vitest";
import { readCodeAnswer } from "../../../core/ra/typed-code.ts";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

async function atCode() {
  const ctx = await setup();
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say("sertifika durumu");
  await ctx.chat.say(firmA.vkn);
  return { ctx, code: ctx.world.lastCodeTo(firmA.email)! };
}

describe("a one-time code called 'şifre'", () => {
  it.each([
    "sms şifresi {code}",
    "gelen şifre {code}",
    "e-postaya gelen şifre {code}",
    "sms sifresi: {code}",
  ])("'%s' at the code question verifies", async (template) => {
    const { ctx, code } = await atCode();
    const answer = await ctx.chat.say(template.replace("{code}", code));
    expect(answer).not.toMatch(/asla/);
    expect(await ctx.ra.verifiedSubject(ctx.ref.id)).toBe(firmA.vkn);
  });

  it.each(["kart şifresi {code}", "pin şifresi {code}", "pinim {code}", "sms şifresi {code} pin"])(
    "'%s' is still a secret: warned, not verified",
    async (template) => {
      const { ctx, code } = await atCode();
      expect(await ctx.chat.say(template.replace("{code}", code))).toMatch(/asla/);
      expect(await ctx.ra.verifiedSubject(ctx.ref.id)).toBeUndefined();
    },
  );

  it("the RA reads the code the same way", () => {
    expect(readCodeAnswer("sms şifresi 482913")).toBe("482913");
    expect(readCodeAnswer("gelen şifre 482 913")).toBe("482913");
    expect(readCodeAnswer("şifrem 482913")).toBeUndefined();
    expect(readCodeAnswer("kart şifresi 482913")).toBeUndefined();
  });
});
