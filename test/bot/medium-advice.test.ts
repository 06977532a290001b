/**
 * The card/HSM advice at question 8 (R2.2/R2.3, `interfaces.md` §4): counts of branches or people
 * give the branch / several-signers reason, never "N signatures per minute"
 * (bug-hsm-tavsiye-sube-kisi); "which one?" gets the general advice, not a volume verdict
 * (bug-en-which-one).
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup } from "./harness.ts";

const toMedium = ["başvuru", "tüzel", "3230512384", "Örnek Bilişim A.Ş.", "Ayşe Yılmaz", "10000000146"];

async function atMediumQuestion(locale: "tr" | "en" = "tr") {
  const { chat } = await setup({ locale });
  const answers =
    locale === "tr"
      ? [...toMedium, "bilgi@ornek.com.tr", "05321234567"]
      : [
          "apply",
          "legal person",
          "3230512384",
          "Example Ltd",
          "John Smith",
          "10000000146",
          "j@example.com",
          "05321234567",
        ];
  await sayAll(chat, answers);
  return chat;
}

describe("card/HSM advice at question 8", () => {
  it("gives the branch reason for a count of branches, and asks the question again", async () => {
    const chat = await atMediumQuestion();
    const answer = await chat.say("4 şubemiz var, hepsi e-fatura düzenliyor");
    expect(answer).not.toMatch(/Dakikada yaklaşık \d+ imza/);
    expect(answer).toMatch(/şube/);
    expect(answer).toContain("HSM öneririz");
    expect(chat.buttons()).toEqual(["Akıllı kart", "HSM"]);
  });

  it("gives the several-signers reason for a count of people", async () => {
    const chat = await atMediumQuestion();
    const answer = await chat.say("6 kullanıcı ayrı bilgisayarlardan imza atacak");
    expect(answer).not.toMatch(/Dakikada yaklaşık \d+ imza/);
    expect(answer).toMatch(/birden fazla kişi/i);
  });

  it("names the branches, not the volume, when branches come with a low volume", async () => {
    const chat = await atMediumQuestion();
    const answer = await chat.say("3 şubemiz var, dakikada 50 fatura kesiyoruz");
    expect(answer).toContain("HSM öneririz");
    expect(answer).not.toContain("Dakikada yaklaşık 50 imza için HSM");
  });

  it("still reads a volume", async () => {
    const chat = await atMediumQuestion();
    expect(await chat.say("dakikada 300 fatura")).toContain("Dakikada yaklaşık 300 imza için HSM öneririz");
  });

  it("says a card is enough for one signer on one computer, without speaking of a volume", async () => {
    const chat = await atMediumQuestion();
    const answer = await chat.say("tek kişi imzalayacak, tek bilgisayar");
    expect(answer).toContain("akıllı kart yeterlidir");
    expect(answer).not.toContain("Bu hacim");
  });

  it.each(["which one?", "which one would you recommend", "which one is better for us"])(
    "EN: '%s' gets the general advice",
    async (text) => {
      const chat = await atMediumQuestion("en");
      const answer = await chat.say(text);
      expect(answer).not.toContain("for this volume");
      expect(answer).toContain("1000–1200");
      expect(answer).toContain("several people");
    },
  );
});
