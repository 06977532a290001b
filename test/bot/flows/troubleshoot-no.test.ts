/**
 * Tester (session 17): "hayır" to "İkisi de sorunsuz mu?" left the checks for the greeting and the
 * menu, and "kart takılı ama görünmüyor" gave the checks again instead of the card branch. A "no"
 * asks which check failed; a card that is not seen is the card/PIN branch.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("troubleshooting answers", () => {
  it("'hayır' asks which check failed, and the answer to that gets its branch", async () => {
    const { chat } = await setup();
    await chat.say("e-fatura imzalarken hata alıyorum");
    const which = await chat.say("hayır");
    expect(which).toMatch(/Hangisinde sorun var/);
    expect(which).not.toMatch(/Merhaba/);
    expect(chat.buttons()).toEqual(["PIN / kart sorunu", "Sertifika geçersiz"]);
    expect(await chat.say("sertifika geçersiz")).toMatch(/yeni bir başvuru gerekir/);
  });

  it("a card that is not seen is the card/PIN branch", async () => {
    const { chat } = await setup();
    await chat.say("e-fatura imzalarken hata alıyorum");
    expect(await chat.say("kart takılı ama görünmüyor")).toMatch(/PUK|PIN/);
  });

  it("in English, 'no' asks which", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("I get an error when signing e-invoices");
    expect(await chat.say("no")).toMatch(/Which one fails/);
  });

  it("a VKN or a certificate serial typed at the checks is the status query they invite (tester round 18)", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("e-fatura imzalarken hata alıyorum");
    expect(await ctx.chat.say(firmA.vkn)).toMatch(/doğrulama kodu/);

    const other = await setup();
    const issued = await other.world.addCertificate(firmA);
    await other.chat.say("e-fatura imzalarken hata alıyorum");
    const status = await other.chat.say(issued.serial);
    expect(status).toContain(issued.serial);
    expect(status).not.toMatch(/İkisi de sorunsuz mu/);
  });
});
