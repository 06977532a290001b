/**
 * A change of the firm's authorised signatory ("yetkili değişti yeni yetkili adına kart lazım",
 * "şirket müdürümüz değişti mühürü yenilememiz gerekir mi", "our authorised signatory changed, do we
 * need a new seal?") was spread over R5.2 (VKN/unvan change), the address change, the contact
 * update, the status, and "yetkili değişikliği oldu" was taken for the signatory's death (folded
 * "oldu" is also "öldü"). The seal's certificate names the firm only (serialNumber=VKN, CN=unvan;
 * no person): a new signatory needs no new seal. The answer says so, and R5.2 and R3.3.2.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { signatoryChanged } from "../../../bot/nlu/signatory-changed.ts";
import { setup } from "../harness.ts";

const changed: [string, "tr" | "en"][] = [
  ["yetkili değişti yeni yetkili adına kart lazım", "tr"],
  ["şirket müdürümüz değişti mühürü yenilememiz gerekir mi", "tr"],
  ["imza yetkilisi değişti ne yapmalıyız", "tr"],
  ["yeni müdür atandı sertifika değişmeli mi", "tr"],
  ["yetkili değişikliği oldu", "tr"],
  ["imza yetkilimiz degisti muhur gecerli mi", "tr"],
  ["our authorised signatory changed, do we need a new seal?", "en"],
  ["we have a new director, does the certificate need to change", "en"],
  ["the signatory has changed", "en"],
];

describe("the authorised signatory changed", () => {
  it.each(changed)("%j is read as the signatory's change", (text) => {
    expect(signatoryChanged(foldTurkish(text))).toBe(true);
  });

  it.each([
    "yetkili vefat etti",
    "imza yetkilimiz şirketten ayrıldı",
    "unvanımız değişti",
    "yetkili kişi ile görüşmek istiyorum",
    "müdürümüz kartı kaybetti",
    "the signatory passed away",
    "we changed our company name",
    "yetkili kişinin cep telefonu değişti",
    "müdürümüzün e-posta adresi değişti",
    "our director's phone number changed",
  ])("%j is no signatory change", (text) => {
    expect(signatoryChanged(foldTurkish(text))).toBe(false);
  });

  it.each(changed)("%j is answered: the seal is the firm's, no new one needed", async (text, locale) => {
    const { chat } = await setup({ locale });
    const answer = await chat.say(text);
    if (locale === "tr") {
      expect(answer).toMatch(/yeni mali mühür gerekmez/);
      expect(answer).toMatch(/VKN veya unvan/);
    } else {
      expect(answer).toMatch(/no new mali mühür is needed/);
      expect(answer).toMatch(/VKN or title/);
    }
    expect(answer).not.toMatch(/vefat|passed away|kimliğinizi doğrulamamız|verify your identity/);
  });

  it("a signatory who died or left still gets who may receive the card (R3.3.2)", async () => {
    const { chat } = await setup({ locale: "tr" });
    expect(await chat.say("imza yetkilimiz vefat etti")).toMatch(/vekaletname/);
  });
});
