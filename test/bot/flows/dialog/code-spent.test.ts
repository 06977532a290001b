/**
 * A code typed again after its dialog ended (its tries ran out, its 5 minutes passed, or it was used
 * already) is told plainly that it can no longer be used, with the "Yeniden dene" button for a new
 * one; it is no PIN (the PIN warning was the answer at the menu) and no answer to the next question.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../../helpers/two-firms.ts";
import { setup } from "../../harness.ts";

const firm = {
  idNumber: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

type World = Awaited<ReturnType<typeof setup>>;

const buttons = (w: World) => w.chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.id);

async function atVerificationCode(opener = "telefonumu güncellemek istiyorum") {
  const w = await setup();
  await w.ra.registerSubscriber(firm);
  await w.chat.say(opener);
  await w.chat.say(firm.idNumber);
  return { w, code: w.lastCodeTo(firm.email)! };
}

describe("a code typed after its code question ended", () => {
  it("after the tries ran out: 'can no longer be used' with the retry button, not the PIN warning", async () => {
    const { w, code } = await atVerificationCode();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await w.chat.say(wrong);
    const answer = await w.chat.say(code);
    expect(answer).not.toMatch(/PIN|şifre/i);
    expect(answer).toMatch(/artık kullanılamaz/);
    expect(buttons(w)).toEqual(["i:contact_update"]);
  });

  it("after its 5 minutes: the same, also typed in groups", async () => {
    const { w, code } = await atVerificationCode();
    w.clock.advance(5 * 60 * 1000 + 1);
    expect(await w.chat.say(code)).toMatch(/süresi doldu/);
    const answer = await w.chat.say(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(answer).toMatch(/artık kullanılamaz/);
    expect(buttons(w)).toEqual(["i:contact_update"]);
  });

  it("after the code was used (the contact updated): the same, the contact left as it is", async () => {
    const { w, code } = await atVerificationCode("e-posta adresimi güncellemek istiyorum");
    await w.chat.say(code);
    await w.chat.press("E-posta");
    await w.chat.say("muhasebe@ornek.com.tr");
    const newCode = w.lastCodeTo("muhasebe@ornek.com.tr")!;
    expect(await w.chat.say(newCode)).toMatch(/güncellendi/);
    const answer = await w.chat.say(newCode);
    expect(answer).not.toMatch(/PIN|şifre/i);
    expect(answer).toMatch(/artık kullanılamaz/);
    expect(buttons(w)).toEqual(["i:contact_update"]);
    expect((await w.world.deps.subscribers.get(firm.idNumber))?.email).toBe("muhasebe@ornek.com.tr");
  });

  it("after the verification code was used, typed again at the next question: said, and the question asked again", async () => {
    const { w, code } = await atVerificationCode("e-posta adresimi güncellemek istiyorum");
    await w.chat.say(code);
    const answer = await w.chat.say(code);
    expect(answer).not.toMatch(/PIN|şifre/i);
    expect(answer).toMatch(/artık kullanılamaz/);
    expect(answer).toMatch(/Hangi iletişim bilginizi/);
  });

  it("a PIN is still refused, and a code is no longer recognised once the question ended long ago", async () => {
    const { w, code } = await atVerificationCode();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await w.chat.say(wrong);
    expect(await w.chat.say("pin kodum 123456")).toMatch(/paylaşmayın/);
    w.clock.advance(10 * 60 * 1000 + 1);
    expect(await w.chat.say(code)).toMatch(/paylaşmayın/);
    expect(JSON.parse(w.states.saved.get(w.ref.id)!).endedCode).toBeUndefined();
  });

  it("a new code question takes its own code, and the saved state never holds a code", async () => {
    const { w, code } = await atVerificationCode();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await w.chat.say(wrong);
    expect(w.states.saved.get(w.ref.id)).not.toContain(code);
    // the new challenge is the newer one (the test clock stands still otherwise)
    w.clock.advance(1000);
    await w.chat.press("Yeniden dene");
    await w.chat.say(firm.idNumber);
    const next = w.lastCodeTo(firm.email)!;
    expect(await w.chat.say(next)).toMatch(/doğrulandı/);
    expect(w.states.saved.get(w.ref.id)).not.toContain(next);
  });
});

describe("a 6-digit answer in a dialog no code leads to", () => {
  it("troubleshooting a card right after a used code: a bare 6-digit number is still refused as a PIN", async () => {
    const { w, code } = await atVerificationCode();
    await w.chat.say(code);
    await w.chat.say("vazgeç");
    await w.chat.say("kartım çalışmıyor");
    expect(JSON.parse(w.states.saved.get(w.ref.id)!).flow?.name).toBe("troubleshoot");
    expect(await w.chat.say("482913")).toMatch(/paylaşmayın/);
  });
});

describe("the used code typed again in the revocation that followed it", () => {
  it("is an earlier code, and the reason question is asked again; nothing is revoked", async () => {
    const w = await setup();
    await w.world.addCertificate(firmA);
    await w.chat.say("sertifika iptali");
    await w.chat.say(firmA.vkn);
    const code = w.world.lastCodeTo(firmA.email)!;
    await w.chat.say(code);
    expect(w.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
    const answer = await w.chat.say(code);
    expect(answer).toMatch(/daha önceki bir doğrulama kodu/);
    expect(w.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
    expect((await w.world.certificates.findByVkn(firmA.vkn)).map((c) => c.status)).not.toContain("revoked");
  });
});

describe("in English", () => {
  it("a spent code at the menu is told it can no longer be used, with 'Try again'", async () => {
    const w = await setup({ locale: "en" });
    await w.ra.registerSubscriber(firm);
    await w.chat.say("I want to update my phone number");
    await w.chat.say(firm.idNumber);
    const code = w.lastCodeTo(firm.email)!;
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await w.chat.say(wrong);
    expect(await w.chat.say(code)).toMatch(/can no longer be used/);
    expect(w.chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.label)).toEqual(["Try again"]);
  });
});

describe("a code typed after the customer left its code question", () => {
  for (const leave of ["vazgeç", "iptal", "menü"])
    it(`after "${leave}": the dialog was left, the code is no longer used, no PIN warning`, async () => {
      const { w, code } = await atVerificationCode();
      await w.chat.say(leave);
      const answer = await w.chat.say(code);
      expect(answer).not.toMatch(/PIN|şifre/i);
      expect(answer).toMatch(/vazgeçtiğiniz/);
      expect(buttons(w)).toEqual(["i:contact_update"]);
      expect(JSON.parse(w.states.saved.get(w.ref.id)!).flow).toBeUndefined();
    });

  it("in English after 'cancel': the same", async () => {
    const w = await setup({ locale: "en" });
    await w.ra.registerSubscriber(firm);
    await w.chat.say("I want to update my phone number");
    await w.chat.say(firm.idNumber);
    const code = w.lastCodeTo(firm.email)!;
    await w.chat.say("cancel");
    const answer = await w.chat.say(code);
    expect(answer).not.toMatch(/PIN/);
    expect(answer).toMatch(/you left/);
  });

  it("after leaving the new contact's code question, it is the same", async () => {
    const { w, code } = await atVerificationCode("e-posta adresimi güncellemek istiyorum");
    await w.chat.say(code);
    await w.chat.press("E-posta");
    await w.chat.say("muhasebe@ornek.com.tr");
    const newCode = w.lastCodeTo("muhasebe@ornek.com.tr")!;
    await w.chat.say("vazgeç");
    const answer = await w.chat.say(newCode);
    expect(answer).not.toMatch(/PIN|şifre/i);
    expect(answer).toMatch(/vazgeçtiğiniz/);
    expect((await w.world.deps.subscribers.get(firm.idNumber))?.email).toBe(firm.email);
  });
});
