/**
 * The code question is one shared step (bot/flows/dialog/code-entry.ts): identity verification and
 * the contact update answer a malformed code, a wrong one, the last wrong one and another topic the
 * same way; the subject question (bot/flows/dialog/subject.ts) is shared by verification and status.
 */
import { describe, expect, it } from "vitest";
import { type Chat, setup } from "../../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

type World = Awaited<ReturnType<typeof setup>>;

/** The firm as a registered subscriber with proven contacts (codes need no certificate to go out). */
const holder = (w: World) =>
  w.ra.registerSubscriber({ idNumber: firm.vkn, title: firm.title, email: firm.email, phone: firm.phone });

/** Brings a chat to a code question: the verification's, or the contact update's. */
const codeQuestions: Record<string, (w: World) => Promise<{ chat: Chat; retry: string; code(): string }>> = {
  verification: async (w) => {
    await w.chat.say("telefonumu güncellemek istiyorum");
    await w.chat.say(firm.vkn);
    return { chat: w.chat, retry: "i:contact_update", code: () => w.lastCodeTo(firm.email)! };
  },
  "contact update": async (w) => {
    await w.chat.say("e-posta adresimi güncellemek istiyorum");
    await w.chat.say(firm.vkn);
    await w.chat.say(w.lastCodeTo(firm.email)!);
    await w.chat.press("E-posta");
    await w.chat.say("muhasebe@ornek.com.tr");
    return { chat: w.chat, retry: "i:contact_update", code: () => w.lastCodeTo("muhasebe@ornek.com.tr")! };
  },
};

describe.each(Object.keys(codeQuestions))("the code question of the %s", (name) => {
  async function atCode() {
    const w = await setup();
    await holder(w);
    return { w, ...(await codeQuestions[name]!(w)) };
  }

  it("answers a malformed code with the format, keeping the question", async () => {
    const { chat, code } = await atCode();
    expect(await chat.say("12345")).toMatch(/6 hanelidir/);
    expect(await chat.say(code())).not.toMatch(/6 hanelidir|yanlış/);
  });

  it("takes a code read out in groups, with a label, as one code (the RA reads it)", async () => {
    const { chat, code } = await atCode();
    const typed = code();
    expect(await chat.say(`kodum: ${typed.slice(0, 3)}.${typed.slice(3)}`)).not.toMatch(/6 hanelidir|yanlış/);
  });

  it("a malformed code spends no try: the third wrong code after typos still leaves one", async () => {
    const { chat, code } = await atCode();
    const wrong = code() === "000000" ? "111111" : "000000";
    expect(await chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 2/);
    for (const typo of ["12345", "1234567", "123 45"]) expect(await chat.say(typo)).toMatch(/6 hanelidir/);
    expect(await chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 1/);
    expect(await chat.say(code())).not.toMatch(/6 hanelidir|yanlış|doldu/);
  });

  it("counts wrong codes down, then ends the dialog with a retry button", async () => {
    const { w, chat, code, retry } = await atCode();
    const wrong = code() === "000000" ? "111111" : "000000";
    expect(await chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 2/);
    expect(await chat.say(wrong)).toMatch(/Kalan deneme hakkınız: 1/);
    expect(await chat.say(wrong)).toMatch(/Deneme hakkınız doldu/);
    expect(chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.id)).toEqual([retry]);
    expect(JSON.parse(w.states.saved.get(w.ref.id)!).flow).toBeUndefined();
  });

  it("answers another topic typed at the code question and asks for the code again", async () => {
    const { chat, code } = await atCode();
    const answer = await chat.say("fiyatlar ne kadar");
    expect(answer).toMatch(/TL/);
    expect(answer).not.toMatch(/6 hanelidir/);
    expect(answer).toMatch(/kodu/);
    expect(await chat.say(code())).not.toMatch(/yanlış/);
  });
});

describe("the contact update's code after the verification ran out", () => {
  it("ends the dialog with 'süresi doldu' and a retry button, the contact unchanged (was: 'no tries left')", async () => {
    const w = await setup();
    await holder(w);
    const { chat, code } = await codeQuestions["contact update"]!(w);
    w.clock.advance(16 * 60 * 1000);
    expect(await chat.say(code())).toMatch(/Kimlik doğrulamanızın süresi doldu/);
    expect(chat.last.flatMap((m) => m.buttons ?? []).map((b) => b.id)).toEqual(["i:contact_update"]);
    expect((await w.world.deps.subscribers.get(firm.vkn))?.email).toBe(firm.email);
  });
});

describe("the subject question shared by verification and certificate status", () => {
  it.each([
    ["verification", "iletişim bilgimi güncellemek istiyorum"],
    ["status", "sertifika durumu"],
  ])("%s: a short number is a malformed VKN, asked again", async (_name, opener) => {
    const { chat } = await setup();
    await chat.say(opener);
    expect(await chat.say("12345")).toMatch(/geçersiz|10 hane/);
  });
});
