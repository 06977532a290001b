/**
 * A conversation's language chosen in words ("English please", "Türkçe konuşabilir miyiz?",
 * bot/language-request.ts) on any channel: the engine answers in it from then on. The choice is
 * kept in the state (`BotState.localeChoice`) with the channel's own language at the time; when the
 * channel later changes its language itself (Telegram's /tr, /en), the channel's wins.
 */
import { flowHandler } from "../flows/registry.ts";
import type { ConversationLocale } from "../language-request.ts";
import { showMenu } from "../menu.ts";
import type { BotState } from "../state.ts";
import type { Turn } from "../turn.ts";

/**
 * The conversation's language for this turn: the one asked for in this message, else the one
 * chosen in words earlier while the channel still has the language it replaced, else the channel's.
 */
export function conversationLocale(
  state: BotState,
  channelLocale: ConversationLocale,
  asked: ConversationLocale | undefined,
): ConversationLocale {
  if (asked) return asked;
  const choice = state.localeChoice;
  return choice && choice.over === channelLocale ? choice.locale : channelLocale;
}

/** Records the turn's language in the state: a choice is kept only while it differs from the channel's. */
export function rememberLocale(
  state: BotState,
  locale: ConversationLocale,
  channelLocale: ConversationLocale,
): void {
  if (locale === channelLocale) delete state.localeChoice;
  else state.localeChoice = { locale, over: channelLocale };
}

/**
 * Answers a language request (the turn already speaks the new language): says so, then asks the
 * open dialog's question again, or shows the menu.
 */
export async function confirmLanguageSwitch(turn: Turn): Promise<void> {
  turn.state.misses = 0;
  turn.say("language.switched");
  const flow = turn.state.flow;
  if (flow) await flowHandler(flow).reprompt(turn, flow);
  else showMenu(turn);
}
