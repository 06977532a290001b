/**
 * Whether a customer's message during a hand-off asks to go back to the assistant (the bot tells
 * them: 'Asistana dönmek için "menü" yazabilirsiniz'), beside the plain commands ("menü", "ana
 * menü", bot/nlu/commands.ts). Read over the folded text (bot/nlu/fold.ts), so with or without
 * Turkish letters:
 * - Turkish: the menu, the assistant or the bot as where to go ("menüye", "asistana", "bota",
 *   "asistan'a") with a verb of going or taking there, before or after it ("menüye dönmek
 *   istiyorum", "beni asistana geri aktarın", "dön menüye"); "asistanla / botla devam"; "menüyü
 *   göster / aç"; "geri dön…" as the whole request.
 * - English: back / return / go back / take me back to the menu, assistant or bot; show / open
 *   the menu.
 * Not a request: the menu only mentioned ("menüde fiyat yok mu?"), a negation ("menüye dönmek
 * istemiyorum"), a condition or time clause ("menüye dönünce fiyatı görebilir miyim?"), or a long
 * message (more than 10 words): those are for the agent.
 */
import { tokensOf } from "../nlu/fold.ts";

/** Where the customer wants to go, in the dative ("menüye", "asistan a" after an apostrophe). */
const whereTo =
  /\b(?:(?:ana )?menu ?y[ei]|asistan ?a|(?:chat ?)?bot ?a|robot ?a|sohbet robotu ?na|yapay zeka ?ya)\b/;
/** Going or being taken there, any positive form ("dön", "dönmek", "dönebilir", "aktarın", "geçelim"). */
const goVerb = /^(?:don|gec|git|gid|gel|yonlendir|aktar|bagla|al|ulas|cik)[a-z]*$/;
/**
 * Forms that make it a condition, a time or a topic ("dönünce", "dönersem", "döndüğümde",
 * "dönmeden önce", "geçmesi"): a question follows.
 */
const subordinate = /(?:unce|ince|ersem|arsam|irsem|ursem|dug|dig|dukten|dikten|ken|meden|madan|mesi|masi)$/;
/** With the assistant / the bot, then continuing ("asistanla devam etmek istiyorum"). */
const withAssistant = /\b(?:asistan ?la|(?:chat ?)?bot ?la|robot ?la|menu ?yle)\b(?: [a-z]+)? devam/;
/** The menu asked to be shown. */
const showMenu = /\b(?:ana )?menu ?yu (?:goster|ac|getir|ver)[a-z]*\b/;
/** "geri dön" and its forms as the whole request ("geri dönmek istiyorum", "geri dönelim lütfen"). */
const backAlone =
  /^(?:ben )?geri (?:don|gel)[a-z]*(?: (?:istiyorum|isterim|lutfen|misin|miyim|musunuz|miyiz|alabilir misiniz))*$/;
/** A negation of the wish ("istemiyorum"), English ones, or a verb in the negative ("dönmeyelim"). */
const negation = /^(?:istemiyorum|istemiyoruz|istemem|istemeyiz|hayir|dont|not|never|degil)$/;
const negativeGo = /^(?:don|gec|git|aktar|bagla)m[ae](?:y|d|z|s|k[^e])/;

const englishPlace = "(?:the )?(?:main )?(?:menu|assistant|bot|chatbot|chat bot|virtual assistant)";
const englishBack = new RegExp(
  `\\b(?:(?:go|get|take me|bring me|switch|send me|put me) back|back|return|go) to ${englishPlace}\\b`,
);
const englishShow = /\b(?:show|open|give)(?: me)? (?:the )?(?:main )?menu\b/;

/** Whether a folded message asks to leave the agent and go back to the assistant. */
export function asksToReturnToBot(folded: string): boolean {
  const tokens = tokensOf(folded);
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens.some((t) => negation.test(t) || negativeGo.test(t))) return false;
  if (backAlone.test(folded)) return true;
  if (englishBack.test(folded) || englishShow.test(folded)) return true;
  if (showMenu.test(folded) || withAssistant.test(folded)) return true;
  const place = whereTo.exec(folded);
  if (!place) return false;
  const before = tokensOf(folded.slice(0, place.index)).slice(-2);
  const after = tokensOf(folded.slice(place.index + place[0].length)).slice(0, 3);
  const verb = [...after, ...before].find((t) => goVerb.test(t));
  return verb !== undefined && !subordinate.test(verb);
}
