/**
 * Mid-application, "telefonumu değiştirmek istiyorum" (a change of an answer given in this dialog)
 * goes back to that question, as "telefonu düzeltmek istiyorum" does, and never starts the contact
 * update of an existing certificate (tester 20's d01). "bir önceki soruya dönebilir miyiz" and its
 * kin go back one question, as "geri" (tester 20's d05).
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const upToMedium = tuzelCardAnswers.slice(0, 8);

describe("changing an answer of this application in mid-dialog", () => {
  for (const [phrase, question] of [
    ["telefonumu değiştirmek istiyorum", "Cep telefonu numaranızı yazın"],
    ["telefon numaramı güncellemek istiyorum", "Cep telefonu numaranızı yazın"],
    ["e-posta adresimi değiştirmek istiyorum", "e-posta adresinizi yazın"],
    ["mailimi değiştireyim", "e-posta adresinizi yazın"],
  ] as const) {
    it(`'${phrase}' at the medium question asks that field again, then the medium`, async () => {
      const { chat } = await setup();
      await sayAll(chat, upToMedium);
      expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
      const answer = await chat.say(phrase);
      expect(answer).toContain(question);
      expect(answer).not.toContain("kimliğinizi doğrula");
      await chat.say(question.startsWith("Cep") ? "0544 123 45 67" : "yeni@ornek.com.tr");
      expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
      expect(await chat.say("vazgeç")).not.toContain("kimliğinizi doğrula");
    });
  }

  it("the new value is the one in the summary", async () => {
    const { chat } = await setup();
    await sayAll(chat, upToMedium);
    await chat.say("telefonumu değiştirmek istiyorum");
    await chat.say("0544 123 45 67");
    const summary = await sayAll(chat, tuzelCardAnswers.slice(8));
    expect(summary).toContain("onaylıyor musunuz");
    expect(summary).toMatch(/\+90544|0544|67/);
  });

  it("outside an application, 'telefonumu değiştirmek istiyorum' still starts the contact update", async () => {
    const { chat } = await setup();
    expect(await chat.say("telefonumu değiştirmek istiyorum")).toMatch(/VKN|kimliğ/);
  });
});

describe("going back one question in words", () => {
  for (const phrase of [
    "bir önceki soruya dönebilir miyiz",
    "önceki soruya dönelim",
    "bir önceki soruya geri dönmek istiyorum",
    "önceki soruya geri dönebilir miyim",
  ]) {
    it(`'${phrase}' at the unvan question asks the VKN again`, async () => {
      const { chat } = await setup();
      await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
      const answer = await chat.say(phrase);
      expect(answer).toContain("VKN");
      expect(answer).not.toContain("Başvurmadan önce bilmeniz gerekenler");
    });
  }

  for (const name of [
    "Önceki Yapı Ltd. Şti.",
    "Geri Dönüşüm Sanayi A.Ş.",
    "Dönmez Önceki İnşaat Ltd. Şti.",
  ]) {
    it(`the unvan '${name}' is an answer, not a way back`, async () => {
      const { chat } = await setup();
      await sayAll(chat, ["başvuru", "tüzel", "3230512384"]);
      expect(await chat.say(name)).toContain("İmza yetkilisinin adını");
    });
  }

  it("the name 'Geri Dönmez' at the signatory's name is an answer", async () => {
    const { chat } = await setup();
    await sayAll(chat, ["başvuru", "tüzel", "3230512384", "Örnek Bilişim A.Ş."]);
    expect(await chat.say("Geri Dönmez")).toContain("TCKN");
  });
});
