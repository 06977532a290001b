/**
 * Outside conversation tester (replays calinti-ve-basvuru-tek-mesaj, kayip-argo-yazim-hatasi): a
 * stolen card told with the wish to apply again started the application and dropped the card; a
 * lost seal in slang ("mali muhru kaybettim ne yapcam") got "Şunu mu demek istediniz?". Both start
 * the revocation (R7.2); with a new seal wished for, the bot says the application comes after (R7.4).
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../helpers/two-firms.ts";
import { setup } from "./harness.ts";

describe("a lost or stolen card told in one message with another wish", () => {
  it.each([
    "kartım çalındı, aynı zamanda yeni başvuru da yapmak istiyorum",
    "mühürü kaybettik, yenisi için başvuru yapacağız",
    "kartımızı çaldırdık bir de yeni kart almak istiyoruz",
  ])("'%s' starts the revocation, the application said to come after", async (text) => {
    const { chat, addCertificate } = await setup();
    await addCertificate({ ...firmA, medium: "card" });
    const answer = await chat.say(text);
    expect(answer).toMatch(/iptal/i);
    expect(answer).toMatch(/yeniden başvurursunuz/);
    expect(answer).not.toMatch(/tüzel kişi adına mı/);
    expect(answer).toMatch(/VKN/);
  });

  it("in English too", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("our seal card was stolen and we also want to apply for a new one");
    expect(answer).toMatch(/revoked first/);
    expect(answer).not.toMatch(/legal person/);
  });
});

describe("a lost seal in slang or misspelt starts the revocation", () => {
  it.each(["mrb mali muhru kaybettim ne yapcam", "mühürü kaybetdik napcaz", "mali mühr calindi"])(
    "'%s'",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).not.toMatch(/Şunu mu demek istediniz/);
      expect(answer).toMatch(/iptal/i);
      expect(answer).toMatch(/VKN/);
    },
  );

  it("a lost parcel is still the delivery", async () => {
    const { chat } = await setup();
    const answer = await chat.say("kargo kayboldu");
    expect(answer).not.toMatch(/iptal/i);
  });
});
