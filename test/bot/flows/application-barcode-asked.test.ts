/**
 * What the barcode is, asked at an HSM group firm's barcode question ("barkod nedir?", "barkod ne
 * demek", "what is the barcode?"): before, the format error came ("Barkod 4 ile 40 arasında …").
 * Now what it is (R3.3.3: every firm with its own VKN applies with certificate type HSM itself; the
 * group application gives each firm's VKN, unvan and barcode), then the same question; a barcode
 * typed next is stored.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const toBarcodeTr = [...tuzelCardAnswers.slice(0, 8), "hsm", "grup", "6180884538", "Deneme Yazılım A.Ş."];
const toBarcodeEn = [
  ...legalAnswersToEmailEn,
  "jane@example.com",
  "0532 123 45 67",
  "hsm",
  "group",
  "6180884538",
  "Deneme Yazılım A.Ş.",
];

describe("the barcode asked at its question", () => {
  it.each([
    "barkod nedir?",
    "barkod ne demek",
    "barkod ne",
    "barkodu nereden bulurum",
    "Barkod numarası nerede yazıyor?",
    "hangi barkod",
    "barkodumuz yok",
  ])("tr: %s", async (asked) => {
    const { chat } = await setup();
    await sayAll(chat, toBarcodeTr);
    const reply = await chat.say(asked);
    expect(reply).toMatch(/sertifika tipi HSM/);
    expect(reply).toMatch(/barkod numarasını yazın/);
    expect(reply).not.toMatch(/^Barkod 4 ile 40/m);
    expect(await chat.say("BRK-12345")).toMatch(/2\. firmanın VKN/);
  });

  it.each(["what is the barcode?", "where do I find the barcode", "what does barcode mean"])(
    "en: %s",
    async (asked) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, toBarcodeEn);
      const reply = await chat.say(asked);
      expect(reply).toMatch(/certificate type HSM/);
      expect(reply).toMatch(/type this firm's barcode/);
    },
  );

  it("a barcode is still a barcode", async () => {
    const { chat } = await setup();
    await sayAll(chat, toBarcodeTr);
    expect(await chat.say("barkod 123456")).toMatch(/2\. firmanın VKN/);
  });
});
