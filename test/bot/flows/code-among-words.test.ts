/**
 * A one-time code typed among ordinary words at a code question ("e-postaya gelen kod 482913",
 * "482913 teşekkürler", "kod 482 913 doğru mu?"): the one 6-digit group of a message with no other
 * digits is the code, whatever words surround it (tester: "6 hanelidir" was said to six digits, or
 * another topic was answered). A message with another number (a VKN, a phone), or one that says
 * the number is a PIN, is no code and spends no try.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

type World = Awaited<ReturnType<typeof setup>>;

/** Brings a chat to a code question; `done` is what the bot says to the right code. */
const codeQuestions: Record<string, { open(w: World): Promise<() => string>; done: RegExp }> = {
  verification: {
    async open(w) {
      await w.chat.say("telefonumu güncellemek istiyorum");
      await w.chat.say(firm.vkn);
      return () => w.lastCodeTo(firm.email)!;
    },
    done: /Kimliğiniz doğrulandı/,
  },
  "contact update": {
    async open(w) {
      await w.chat.say("e-posta adresimi güncellemek istiyorum");
      await w.chat.say(firm.vkn);
      await w.chat.say(w.lastCodeTo(firm.email)!);
      await w.chat.press("E-posta");
      await w.chat.say("muhasebe@ornek.com.tr");
      return () => w.lastCodeTo("muhasebe@ornek.com.tr")!;
    },
    done: /E-posta adresiniz güncellendi/,
  },
};

/** Sentences around a code `c` (its six digits) and `g` (the same, read out in two groups). */
const withWords: ((c: string, g: string) => string)[] = [
  (c) => `e-postaya gelen kod ${c}`,
  (c) => `e-postadaki kod ${c}`,
  (c) => `${c} geldi`,
  (c) => `${c} teşekkürler`,
  (c) => `${c}, sağolun`,
  (c) => `my code is ${c} thanks`,
  (c) => `SMS ile gelen ${c}`,
  (c) => `kod ${c} doğru mu?`,
  (c) => `${c} tamam mı`,
  (_c, g) => `telefonuma gelen kod ${g} teşekkürler`,
  (c) => `Merhaba, az önce gelen kodu yazıyorum: ${c}. İyi çalışmalar`,
  (c) => `kodunuz "${c}" olarak geldi`,
  (c) => `${c}'dır`,
  (_c, g) => `the code you sent is ${g}, thank you`,
];

const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

describe.each(Object.keys(codeQuestions))("the code question of the %s", (name) => {
  const question = codeQuestions[name]!;
  async function atCode() {
    const w = await setup();
    await w.ra.registerSubscriber({
      idNumber: firm.vkn,
      title: firm.title,
      email: firm.email,
      phone: firm.phone,
    });
    return { w, code: await question.open(w) };
  }

  it.each(withWords.map((f) => [f("123456", "123 456"), f]))(
    "takes the one 6-digit group among words as the code: %s",
    async (_shown, sentence) => {
      const { w, code } = await atCode();
      const answer = await w.chat.say(sentence(code(), grouped(code())));
      expect(answer).not.toMatch(/6 hanelidir|yanlış/);
      expect(answer).toMatch(question.done);
    },
  );

  it("a wrong code among words spends a try, as a bare wrong code does", async () => {
    const { w, code } = await atCode();
    const wrong = code() === "000000" ? "111111" : "000000";
    expect(await w.chat.say(`${wrong} geldi teşekkürler`)).toMatch(/Kalan deneme hakkınız: 2/);
  });

  it.each([
    (c: string) => `vkn ${firm.vkn} kod ${c}`,
    (c: string) => `${c} kodu 0532 123 45 67'ye geldi`,
    (c: string) => `5 dakika önce ${c} geldi`,
    (c: string) => `${c} ${c}`,
    (c: string) => `pinim ${c}`,
    (c: string) => `PIN kodum ${c} doğru mu`,
    (c: string) => `${c} şifrem bu mu`,
    (c: string) => `puk ${c}`,
    (c: string) => `kod ali.${c}@ornek.com.tr adresine geldi`,
  ])(
    "a message with another number, or saying it is a PIN, is no code and spends no try (%#)",
    async (sentence) => {
      const { w, code } = await atCode();
      const answer = await w.chat.say(sentence(code()));
      expect(answer).not.toMatch(question.done);
      expect(answer).not.toMatch(/Kalan deneme hakkınız/);
      expect(await w.chat.say(code())).toMatch(question.done);
    },
  );
});
