/**
 * A VKN typed alone outside a dialog (tester round 15: "Bunu tam anlayamadım") asks what it is for:
 * the topics a firm's VKN starts (status, contact update, revocation, application); the chosen one
 * goes on with that VKN, as a topic chosen for any message the bot was unsure of.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("a VKN alone outside a dialog", () => {
  it.each([(vkn: string) => vkn, (vkn: string) => `vkn ${vkn}`, (vkn: string) => `VKN: ${vkn}`])(
    "%s → what it is for, with the topics a VKN starts",
    async (message) => {
      const { chat } = await setup();
      const answer = await chat.say(message(firmA.vkn));
      expect(answer).not.toMatch(/tam anlayamadım/);
      expect(chat.buttons()).toEqual(
        expect.arrayContaining([
          "Sertifika durumu",
          "İletişim bilgisi güncelleme",
          "Sertifika iptali",
          "Başvuru",
        ]),
      );
    },
  );

  it("the status chosen goes on with that VKN: the code goes to the firm's registered contacts", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say(firmA.vkn);
    await chat.press("Sertifika durumu");
    expect(world.lastCodeTo(firmA.email)).toMatch(/^\d{6}$/);
  });

  it("a number that is no valid VKN is left as it was", async () => {
    const { chat } = await setup();
    const answer = await chat.say("3230512385");
    expect(chat.buttons()).not.toContain("İletişim bilgisi güncelleme");
    expect(answer).toBeTruthy();
  });
});
