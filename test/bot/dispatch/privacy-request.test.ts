/**
 * Tester (session 16): "kişisel verilerimi silin" got the renewal answer, "KVKK kapsamında hangi
 * verilerimi tutuyorsunuz" the card-versus-HSM answer, and "kvkk metnini kabul etmiyorum, verilerim
 * işlenmesin" right after the privacy notice got the VKN question again. A KVKK request gets the
 * notice, which says where the law's rights are exercised; an objection in the application stops it.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "../harness.ts";

describe("requests about one's personal data (KVKK)", () => {
  it.each([
    "kişisel verilerimi silin",
    "KVKK kapsamında hangi verilerimi tutuyorsunuz",
    "verilerimin silinmesini istiyorum",
  ])("%j at the menu gets the privacy notice and the agent's button", async (said) => {
    const { chat } = await setup();
    const answer = await chat.say(said);
    expect(answer).toMatch(/Kişisel Verilerin Korunması Kanunu/);
    expect(answer).toMatch(/11\. maddesindeki haklarınız/);
    expect(chat.buttons()).toContain("Temsilci");
  });

  it("an objection right after the notice stops the application; nothing is stored", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("kvkk metnini kabul etmiyorum, verilerim işlenmesin");
    expect(answer).toMatch(/başvuruyu burada bıraktık/);
    expect(answer).not.toMatch(/VKN/);
    expect(await chat.say("3230512384")).not.toMatch(/Firmanın unvanını/);
    expect(world.outbox.sent).toHaveLength(0);
  });

  it("a question inside a dialog is answered and the dialog's question asked again", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    const answer = await chat.say("kişisel verilerimi nasıl saklıyorsunuz");
    expect(answer).toMatch(/Kişisel Verilerin Korunması Kanunu/);
    expect(answer).toMatch(/VKN/);
  });

  it("an ordinary answer naming no personal data is no request", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel"]);
    expect(await chat.say("3230512384")).toMatch(/unvan/);
  });
});
