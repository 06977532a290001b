/**
 * Reusing the card held now for a new application or a renewal, asked ("yeni başvuruda aynı kartı mı
 * kullanırız", "can we reuse the same card for the new application"): before, the English question
 * started an application ("Are you applying for a legal person…"), the Turkish ones got the
 * before-applying or the renewal text, which do not answer it. The domain brief says a new application
 * produces the certificate anew and ships it on a smart card to the signatory (R3.3.1, R8.3), and is
 * silent on the old card: the answer says that and names the call centre. Inside the application the
 * question is answered in passing and the same question asked again.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("the card held now, asked for a new application: what the domain says, and no more", () => {
  it.each([
    ["tr", "yeni başvuruda aynı kartı mı kullanırız"],
    ["tr", "yenilemede eski kartimizi kullanabilir miyiz"],
    ["tr", "yeni sertifika mevcut kartımıza yüklenir mi"],
    ["en", "can we reuse the same card for the new application"],
    ["en", "when we renew, can we keep using our old card?"],
  ] as const)("%s: %s", async (locale, question) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(question);
    expect(reply).toMatch(/yeniden üretilir|produced anew/);
    expect(reply).toMatch(/bilgim yok|no information/);
    expect(reply).toMatch(/444 5 576/);
    expect(reply).not.toMatch(/tüzel kişi adına mı|legal person \(tüzel kişi\) or/);
  });

  it("inside the application, at the medium question: answered, the medium asked again", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    const reply = await chat.say("yeni başvuruda aynı kartı mı kullanırız");
    expect(reply).toMatch(/bilgim yok/);
    expect(reply).toMatch(/akıllı kart üzerinde mi, yoksa HSM'de mi/);
  });

  it("a new application with the card lost is still the revocation first", async () => {
    const { chat } = await setup();
    const reply = await chat.say("eski kartımız kayboldu, yeni başvuruda aynı kartı kullanabilir miyiz");
    expect(reply).toMatch(/kimliğinizi doğrulamamız/);
  });
});
