/**
 * Topics the tester found misrouted, asked in words the training data does not hold: an address
 * change is no VKN/unvan change (R5.2; the certificate holds only VKN and unvan —
 * bug-adres-degisti-r52); the validity period, the reminders and the start of a renewed
 * certificate's validity are R8.1–R8.3, not the status dialog or production (bug-nlu-sure-yenileme);
 * one certificate serves e-Fatura, e-Defter and e-Arşiv (R2.1).
 */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

const r52 = /yeni bir mali mühür gerekir|new mali mühür is required/;

describe("address change (not R5.2)", () => {
  it.each([
    "şirketimizin adresi değişti, mühürü yenilememiz gerekir mi",
    "yeni bir binaya taşındık",
    "firmanın adresi değişti kart hangi adrese gelecek",
  ])("'%s': the certificate holds no address; the call centre for a card still to come", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toMatch(r52);
    expect(answer).toContain("yalnızca firmanızın VKN'si ve unvanı");
    expect(answer).toContain("444 5 576");
    expect(chat.buttons()).toContain("Temsilci");
  });

  it.each(["the company has moved to another address", "we moved office, where will the card come"])(
    "EN: an address change keeps the certificate and says where a card goes: '%s'",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      const answer = await chat.say(text);
      expect(answer).not.toMatch(r52);
      expect(answer).toContain("holds only your firm's VKN and title");
      expect(answer).toContain("delivery address given in the application");
    },
  );

  it("an unvan change together with the address is still R5.2, an e-mail address a contact update", async () => {
    const { chat } = await setup();
    expect(await chat.say("unvanımız ve adresimiz değişti")).toMatch(r52);
    expect(await chat.say("e-posta adresimiz değişti")).not.toContain("yalnızca firmanızın VKN'si ve unvanı");
  });
});

describe("renewal facts (R8) and one certificate (R2.1)", () => {
  it.each([
    ["sertifikanın geçerlilik süresi ne", /3 yıl/],
    ["hatırlatma e-postaları ne zaman geliyor", /3 ay, 2 ay, 1 ay ve 1 hafta/],
    [
      "yenilediğimiz sertifika ne zaman geçerli olmaya başlar",
      /hemen üretilir ve geçerliliği üretildiği anda başlar/,
    ],
    ["e-arşiv için ayrı bir mühür almamız gerekiyor mu", /ayrı bir mali mühür gerekmez/],
  ])("'%s'", async (text, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).toMatch(expected);
    expect(answer).not.toContain("seri numarasını");
  });

  it.each([
    ["what is the validity period of a mali mühür", /3 years/],
    ["do we need a second certificate for e-Defter", /no separate mali mühür/],
  ])("EN: '%s'", async (text, expected) => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say(text)).toMatch(expected);
  });
});
