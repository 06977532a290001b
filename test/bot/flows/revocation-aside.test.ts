/**
 * Tester (session 16): "bu arada kartım çalındı iptal etmem lazım" at the e-mail question got "not a
 * valid e-mail address", and "kartım çalındı" at the signatory's name question was stored as the
 * name. A lost or stolen card told mid-application is told to be revoked first, with the
 * revocation's button, and the question is asked again; nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("a lost or stolen card told in the middle of an application", () => {
  it.each([
    [tuzelAnswersToEmail, "bu arada kartım çalındı iptal etmem lazım", /e-posta/i],
    [tuzelAnswersToEmail.slice(0, 4), "kartım çalındı", /mza yetkilisinin adını/],
    [tuzelAnswersToEmail.slice(0, 4), "kartımızı kaybettik, önce onu iptal edelim", /mza yetkilisinin adını/],
  ])("is told to revoke first, the question asked again (%#)", async (before, said, question) => {
    const { chat } = await setup();
    await sayAll(chat, before);
    const answer = await chat.say(said);
    expect(answer).toMatch(/önce sertifikanın iptal edilmesi gerekir/);
    expect(answer).toMatch(question);
    expect(chat.buttons()).toContain("Sertifika iptali");
  });

  it("the revocation's button leaves the application for the revocation", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail.slice(0, 4));
    await chat.say("kartım çalındı");
    const answer = await chat.press("Sertifika iptali");
    expect(answer).toMatch(/VKN/);
  });

  it("a signatory's name is still a name", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail.slice(0, 4));
    expect(await chat.say("Mehmet Kaya")).toMatch(/TCKN/);
  });
});
