import { describe, expect, it } from "vitest";
import { createConversationEngine } from "../../bot/conversation-engine.ts";
import { parseState } from "../../bot/state.ts";
import { Chat, MemoryStates, sayAll, setup, tuzelCardAnswers } from "./harness.ts";

describe("PIN safety", () => {
  it.each(["pin kodum 123456", "pinim 4821", "şifrem abc123", "PUK: 87654321"])(
    "'%s' is neither echoed nor stored, and the user is warned",
    async (secret) => {
      const { chat, states, ref } = await setup();
      const answer = await chat.say(secret);
      expect(answer).toMatch(/paylaşmayın/);
      const digits = /[\da-z]{4,}$/i.exec(secret)![0];
      expect(answer).not.toContain(digits);
      expect(states.saved.get(ref.id)).not.toContain(digits);
    },
  );

  it("takes a bare 4–8 digit number where no number was asked for a PIN, inside a dialog too", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 4));
    const answer = await chat.say("246810");
    expect(answer).toMatch(/paylaşmayın/);
    expect(answer).toContain("İmza yetkilisinin adını");
    expect(states.saved.get(ref.id)).not.toContain("246810");
    for (const t of chat.transcript) expect(t).not.toContain("246810");
  });

  it("does not take an asked-for number (a verification code) for a PIN", async () => {
    const { chat, world } = await setup();
    await world.addCertificate({
      vkn: "3230512384",
      title: "ÖRNEK",
      email: "bilgi@ornek.com.tr",
      phone: "+905321234567",
    });
    await sayAll(chat, ["telefonumu güncellemek istiyorum", "3230512384"]);
    expect(await chat.say("111111")).toMatch(/yanlış/);
  });

  it("never asks for a PIN, PUK or password in any text", async () => {
    const tr = (await import("../../locales/tr/bot.json", { with: { type: "json" } })).default;
    const texts = JSON.stringify(tr);
    expect(texts).not.toMatch(/PIN(['’]?inizi)? (yazın|girin|gönderin)/i);
    expect(texts).not.toMatch(/şifrenizi (yazın|girin)/i);
  });
});

describe("state", () => {
  it("saves plain JSON after each turn and a new engine over the same store continues the dialog", async () => {
    const states = new MemoryStates();
    const first = await setup({ states });
    await sayAll(first.chat, tuzelCardAnswers.slice(0, 4));
    const saved = JSON.parse(states.saved.get(first.ref.id)!);
    expect(saved.flow).toMatchObject({
      name: "application",
      step: "signerName",
      data: { idNumber: "3230512384" },
    });
    const restarted = new Chat(first.make(), first.ref);
    expect(await restarted.say("Ayşe Yılmaz")).toContain("TCKN");
    await sayAll(restarted, tuzelCardAnswers.slice(5));
    await restarted.say("evet");
    expect(first.world.submissions[0]).toMatchObject({ idNumber: "3230512384", signerName: "Ayşe Yılmaz" });
  });

  it.each([
    ["garbage", "not json at all"],
    ["unknown flow", { v: 1, misses: 0, flow: { name: "space", step: "x" } }],
    [
      "unknown step",
      { v: 1, misses: 0, flow: { name: "application", step: "shoeSize", history: [], data: {}, key: "k" } },
    ],
    [
      "bad data",
      {
        v: 1,
        misses: 0,
        flow: { name: "application", step: "email", history: [], data: { group: 5 }, key: "k" },
      },
    ],
    ["old version", { v: 0, flow: {} }],
  ])("resets a %s state to the menu without crashing", async (_name, raw) => {
    const { chat, states, ref } = await setup();
    states.saved.set(ref.id, JSON.stringify(raw));
    const answer = await chat.say("fiyat");
    expect(answer).toContain("TL");
    expect(parseState(raw)).toEqual({ v: 1, misses: 0 });
  });

  it("keeps a valid state intact", () => {
    const state = {
      v: 1,
      misses: 1,
      lastOrderNo: "MM1234567890",
      flow: { name: "verify", step: "code", purpose: "revoke" },
    };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it("re-asks the pending question when a session starts again", async () => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 2));
    expect(await chat.start()).toContain("VKN");
  });

  it("apologises and offers the agent when the RA fails", async () => {
    const { chat, ra } = await setup();
    ra.submitApplication = async () => {
      throw new Error("database down");
    };
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("evet")).toMatch(/tamamlayamadım/);
    expect(chat.buttons()).toContain("Temsilci");
  });

  it("reports a failed turn to onError with the conversation, for the log", async () => {
    const { ra, states, handoff, texts, clock, ref } = await setup();
    const reported: unknown[] = [];
    const engine = createConversationEngine({
      ra,
      handoff,
      states,
      texts,
      clock,
      onError: (error, where) => reported.push([(error as Error).message, where]),
    });
    ra.orderStatus = async () => {
      throw new Error("storage unavailable");
    };
    await engine.handle(ref, { type: "text", text: "sipariş durumu" });
    await engine.handle(ref, { type: "text", text: "MM1234567890" });
    expect(reported).toEqual([["storage unavailable", { conversationId: ref.id, channel: "web" }]]);
  });
});

describe("English", () => {
  it("runs the application in English with the same checks", async () => {
    const { chat, world } = await setup({ locale: "en" });
    expect(await chat.say("Hello")).toContain("mali mühür");
    expect(await chat.say("I want to apply")).toMatch(/legal person/);
    const q2 = await chat.say("legal person");
    expect(q2).toContain("Privacy notice");
    expect(q2).toContain("VKN");
    expect(await chat.say("4540536921")).toMatch(/invalid/);
    expect(await chat.say("3230512384")).toMatch(/title/);
    await sayAll(chat, [
      "Örnek Bilişim A.Ş.",
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
      "05321234567",
    ]);
    expect(await chat.say("which?")).toMatch(/HSM/);
    await chat.press("Smart card");
    const summary = await chat.say("Atatürk Cad. No: 1 Ankara");
    expect(summary).toMatch(/do you confirm/);
    expect(summary).not.toContain("10000000146");
    expect(await chat.say("yes")).toMatch(/order number: MM\d{10}/);
    expect(world.submissions).toHaveLength(1);
  });

  it("answers topics and commands in English", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("how much does it cost")).toContain("TL");
    await chat.say("apply");
    expect(await chat.say("cancel")).toMatch(/cancelled/);
    expect(await chat.say("my pin is 123456")).toMatch(/never share/);
  });
});
