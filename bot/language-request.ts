/**
 * A customer asking, in words, to be spoken to in another language ("English please", "in English",
 * "ingilizce", "türkçe lütfen"). Channel-neutral and pure: a channel that can switch a
 * conversation's language (Telegram today) asks it before handing the text to the engine. Only short
 * messages made of a language name and courtesy words count, so "ingilizce fatura istiyorum" or
 * "my English name is …" stay ordinary messages.
 */
import { foldTurkish, tokensOf } from "./nlu/fold.ts";

/** The languages a conversation can speak. */
export type ConversationLocale = "tr" | "en";

const languageWords: Record<string, ConversationLocale> = {
  english: "en",
  eng: "en",
  ingilizce: "en",
  inglizce: "en",
  ingilizceye: "en",
  turkish: "tr",
  turkceye: "tr",
  turkce: "tr",
};

/** Words allowed around the language name (folded). */
const courtesy = new Set([
  "please",
  "pls",
  "plz",
  "in",
  "speak",
  "talk",
  "continue",
  "can",
  "could",
  "we",
  "you",
  "i",
  "want",
  "would",
  "like",
  "to",
  "let",
  "lets",
  "s",
  "us",
  "language",
  "lutfen",
  "konus",
  "konusalim",
  "konusun",
  "konusur",
  "konusabilir",
  "konusabilirmiyiz",
  "miyiz",
  "musunuz",
  "misiniz",
  "devam",
  "edelim",
  "et",
  "edin",
  "olsun",
  "dil",
  "dilinde",
  "istiyorum",
  "rica",
  "ederim",
  "ediyorum",
  "bana",
  "benimle",
  "yaz",
  "yazin",
  "yazar",
  "ye",
  "gec",
  "gecelim",
  "gecin",
  "switch",
  "change",
  "do",
  "does",
  "anyone",
  "biliyor",
  "bilen",
  "bilir",
  "musun",
  "misin",
  "mi",
  "mu",
  "yazabilir",
  "yazabilirmisiniz",
  "olarak",
  "konusuyor",
  "konusan",
  "var",
  "edebilir",
  "edebiliriz",
  "ederiz",
  "gecebilir",
  "gecebiliriz",
  "konusabiliriz",
  "yazalim",
  "yazabilirsiniz",
  "cevap",
  "ver",
  "verin",
  "verebilir",
  "reply",
  "answer",
  "respond",
  "write",
  "chat",
  "go",
  "on",
  "with",
  "me",
  "may",
  "is",
  "there",
  "an",
  // a greeting before the request, and asking whether there is support in the language
  "hello",
  "hi",
  "hey",
  "good",
  "morning",
  "afternoon",
  "evening",
  "merhaba",
  "selam",
  "gunaydin",
  "iyi",
  "gunler",
  "only",
  "support",
  "help",
  "destek",
  "destegi",
  "yardim",
]);

/**
 * The language a short message asks for, or undefined when it is not such a request: a language
 * name ("English", "İngilizce", "Türkçe", "Turkish") with at most a few courtesy words.
 */
export function languageRequestOf(text: string): ConversationLocale | undefined {
  if (text.length > 80) return undefined;
  const tokens = tokensOf(foldTurkish(text));
  if (tokens.length === 0 || tokens.length > 6) return undefined;
  let asked: ConversationLocale | undefined;
  for (const token of tokens) {
    const language = languageWords[token];
    if (language) {
      if (asked && asked !== language) return undefined;
      asked = language;
    } else if (!courtesy.has(token)) return undefined;
  }
  return asked;
}
