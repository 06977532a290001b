/**
 * A request to speak another language switches the conversation's language on every channel the
 * engine serves (web included): the open dialog is kept and its question asked again in the new
 * language; the choice is remembered for the next turns.
 */
import { describe, expect, it } from "vitest";
import { languageRequestOf } from "../../bot/language-request.ts";
import { parseState } from "../../bot/state.ts";
import { Chat, setup } from "./harness.ts";

describe("language requests in words", () => {
  it.each([
    ["Can I speak Turkish?", "tr"],
    ["Can we continue in English please?", "en"],
    ["ingilizce devam edelim", "en"],
    ["English", "en"],
    ["Do you speak English?", "en"],
    ["İngilizce biliyor musunuz?", "en"],
    ["ingilizce yazabilir misiniz", "en"],
    ["switch to English", "en"],
    ["Türkçe olarak devam edelim", "tr"],
    ["İngilizce devam edebilir miyiz?", "en"],
    ["ingilizce cevap verin", "en"],
    ["reply in English", "en"],
  ])("%s → %s", (text, locale) => {
    expect(languageRequestOf(text)).toBe(locale);
  });

  it.each(["I don't speak Turkish well", "ingilizce fatura istiyorum", "İngilizce belge gerekli mi"])(
    "%j is not a request",
    (text) => {
      expect(languageRequestOf(text)).toBeUndefined();
    },
  );
});

describe("switching the conversation's language (web)", () => {
  it("EN session: 'Türkçe konuşabilir miyiz?' switches to Turkish at the menu; later turns are Turkish", async () => {
    const { chat, handoff } = await setup({ locale: "en" });
    const answer = await chat.say("Türkçe konuşabilir miyiz?");
    expect(answer).toContain("Türkçe");
    expect(answer).not.toContain("Payment");
    expect(chat.buttons()).toContain("Başvuru");
    expect(await chat.say("başvuru")).toContain("tüzel kişi");
    expect(handoff.requests).toHaveLength(0);
  });

  it("EN session: 'Can I speak Turkish?' switches, no hand-off", async () => {
    const { chat, handoff } = await setup({ locale: "en" });
    const answer = await chat.say("Can I speak Turkish?");
    expect(answer).toContain("Türkçe");
    expect(handoff.requests).toHaveLength(0);
  });

  it("TR session mid contact update: 'Can we continue in English please?' keeps the dialog and asks its question in English", async () => {
    const { chat, handoff } = await setup();
    expect(await chat.say("e-posta adresimi güncellemek istiyorum")).toContain("VKN");
    const answer = await chat.say("Can we continue in English please?");
    expect(handoff.requests).toHaveLength(0);
    expect(answer).toContain("English");
    expect(answer).toContain("VKN");
    expect(answer).not.toContain("temsilci");
    // still in the dialog: an invalid answer gets the English format error of the same question
    expect(await chat.say("never mind")).toContain("cancelled");
  });

  it("TR session: 'ingilizce devam edelim' then 'English' answer in English, not with renewal", async () => {
    const { chat } = await setup();
    const first = await chat.say("ingilizce devam edelim");
    expect(first).not.toContain("3 yıl");
    expect(first).toContain("English");
    expect(await chat.say("English")).toContain("English");
    expect(await chat.say("prices")).not.toMatch(/ş|ı|ğ/);
  });

  it("the choice is remembered; a channel that changes its own locale (Telegram /tr) wins", async () => {
    const { chat, make, ref } = await setup();
    await chat.say("English please");
    const later = new Chat(make(), ref);
    expect(await later.say("menu")).toContain("How");
    const switchedByChannel = new Chat(make(), { ...ref, locale: "en" });
    await switchedByChannel.say("menu");
    const backToTr = new Chat(make(), { ...ref, locale: "tr" });
    expect(await backToTr.say("menü")).not.toContain("How");
  });
});

describe("the saved language choice (BotState.localeChoice)", () => {
  it("is a field of the parsed state: kept when valid, dropped when garbled", () => {
    const base = { v: 1, misses: 0 };
    expect(parseState({ ...base, localeChoice: { locale: "en", over: "tr" } }).localeChoice).toEqual({
      locale: "en",
      over: "tr",
    });
    for (const garbled of [
      { locale: "de", over: "tr" },
      { locale: "en", over: "en" },
      { locale: "en" },
      "en",
      null,
    ])
      expect(parseState({ ...base, localeChoice: garbled }).localeChoice).toBeUndefined();
  });

  it("is saved with the state the engine parses, and dropped when the customer asks for the channel's language again", async () => {
    const { chat, ref, states } = await setup();
    await chat.say("English please");
    expect(parseState(await states.load(ref.id)).localeChoice).toEqual({ locale: "en", over: "tr" });
    await chat.say("Türkçe devam edelim");
    expect(parseState(await states.load(ref.id)).localeChoice).toBeUndefined();
  });
});
