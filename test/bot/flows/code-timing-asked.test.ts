/**
 * When the code comes, asked at a code question: "kod ne zaman gelir" at the new contact's code
 * question left the contact update ("güncellemesini burada bıraktım") and got the production's
 * time. It is answered as a code not arriving is (where it was sent, a few minutes, how to change
 * the value or ask again), the code question stays open, and the code typed next completes it.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup, verifiedFirmA } from "../harness.ts";

const newEmail = "muhasebe@ornek.com.tr";

describe("when the code comes, asked at the code question", () => {
  it.each([
    "kod ne zaman gelir",
    "kod ne zaman gelecek?",
    "kod kac dakikada gelir",
    "sms gelecek mi",
    "kodu bekliyorum",
  ])("tr, the new contact's code: %s", async (question) => {
    const { chat, world } = await verifiedFirmA("tr", "e-posta adresimi güncellemek istiyorum");
    await chat.say("e-posta");
    await chat.say(newEmail);
    const reply = await chat.say(question);
    expect(reply).toMatch(/yeni e-posta adresine gönderildi/);
    expect(reply).not.toMatch(/burada bıraktım/);
    expect(reply).not.toMatch(/Üretim/);
    expect(await chat.say(world.lastCodeTo(newEmail)!)).toMatch(/güncellendi/);
  });

  it.each(["when will the code arrive?", "how long does the code take"])(
    "en, the new contact's code: %s",
    async (question) => {
      const { chat, world } = await verifiedFirmA("en", "I want to update my e-mail address");
      await chat.say("e-mail");
      await chat.say(newEmail);
      const reply = await chat.say(question);
      expect(reply).not.toMatch(/left the contact update|stopped/i);
      expect(await chat.say(world.lastCodeTo(newEmail)!)).toMatch(/updated/);
    },
  );

  it("tr, the identity verification's code: answered, then the code verifies", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("e-posta adresimi güncellemek istiyorum");
    await chat.say(firmA.vkn);
    const reply = await chat.say("kod ne zaman gelir");
    expect(reply).toMatch(/Birkaç dakika içinde gelmezse/);
    expect(reply).not.toMatch(/bıraktım/);
    expect(await chat.say(world.lastCodeTo(firmA.email)!)).toMatch(/Kimliğiniz doğrulandı/);
  });
});
