/**
 * Tester (session 16): "bu arada kartım çalındı iptal etmem lazım" at the e-mail question got "not a
 * valid e-mail address", and "kartım çalındı" at the signatory's name question was stored as the
 * name. A lost or stolen card told mid-application is told to be revoked first, with the
 * revocation's button, and the question is asked again; nothing is stored.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelAnswersToEmail, tuzelCardAnswers } from "../harness.ts";

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

describe("a revocation asked for in the middle of an application (tester, session 17)", () => {
  it.each([
    "sertifikamı iptal etmek istiyorum",
    "mevcut sertifikamı iptal ettirmek istiyorum",
    "mali mühürümü iptal edin lütfen",
  ])("%j at the e-mail question gets the way to revoke, not 'not an e-mail'", async (text) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    const answer = await chat.say(text);
    expect(answer).toMatch(/Sertifika iptali bu başvurudan ayrı/);
    expect(answer).not.toMatch(/geçerli bir e-posta/);
    expect(chat.buttons()).toContain("Sertifika iptali");
    expect(await chat.say("bilgi@ornek.com.tr")).toMatch(/telefon/i);
  });

  it("cancelling the application itself is not a revocation", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelAnswersToEmail);
    expect(await chat.say("başvuruyu iptal etmek istiyorum")).not.toMatch(/Sertifika iptali bu başvurudan/);
  });
});

/**
 * The same at a button question: "bu arada eski kartımız çalındı, iptal etmemiz lazım" at the medium
 * question was the answer "Akıllı kart" ("kartımız") and the address was asked next.
 */
describe("a lost or stolen card told at a button question of an application", () => {
  const toMedium = tuzelCardAnswers.slice(0, 8);

  it.each([
    "bu arada eski kartımız çalındı, iptal etmemiz lazım",
    "kartımızı kaybettik",
    "mevcut sertifikamı iptal ettirmek istiyorum",
  ])("'%s' at the medium question: revoke first, the medium asked again, nothing chosen", async (said) => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, toMedium);
    const answer = await chat.say(said);
    expect(answer).toMatch(/iptal/);
    expect(answer).not.toMatch(/teslimat adresini/);
    expect(chat.buttons()).toEqual(["Sertifika iptali", "Akıllı kart", "HSM"]);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.data.medium).toBeUndefined();
    expect(await chat.say("akıllı kart")).toMatch(/teslimat adresini/);
  });

  it("'kart' alone at the medium question is still the card", async () => {
    const { chat } = await setup();
    await sayAll(chat, toMedium);
    expect(await chat.say("kart olsun")).toMatch(/teslimat adresini/);
  });
});
