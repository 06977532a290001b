/**
 * A conversation's language chosen in words ("English please", "Türkçe konuşabilir miyiz?",
 * bot/language-request.ts) on any channel: the engine answers in it from then on. The choice is
 * kept in the saved state next to the channel's own language at the time; when the channel later
 * changes its language itself (Telegram's /tr, /en), the channel's wins.
 */
import { flowHandler } from "../flows/registry.ts";
import type { ConversationLocale } from "../language-request.ts";
import { showMenu } from "../menu.ts";
import type { Turn } from "../turn.ts";

/** The saved record of a language chosen in words: the language and the channel's one it replaced. */
export interface LocaleChoice {
  locale: ConversationLocale;
  over: ConversationLocale;
}

const isLocale = (v: unknown): v is ConversationLocale => v === "tr" || v === "en";

/**
 * The language chosen in words that still applies to a saved state (`raw.localeChoice`), or
 * undefined: none was chosen, or the channel's language is no longer the one it replaced.
 */
export function chosenLocaleOf(
  raw: unknown,
  channelLocale: ConversationLocale,
): ConversationLocale | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const choice = (raw as { localeChoice?: unknown }).localeChoice;
  if (typeof choice !== "object" || choice === null) return undefined;
  const { locale, over } = choice as Record<string, unknown>;
  return isLocale(locale) && over === channelLocale ? locale : undefined;
}

/** The state to save with the conversation's language: the choice is kept only when it differs from the channel's. */
export function withLocaleChoice<S extends object>(
  state: S,
  locale: ConversationLocale,
  channelLocale: ConversationLocale,
): S & { localeChoice?: LocaleChoice } {
  return locale === channelLocale ? state : { ...state, localeChoice: { locale, over: channelLocale } };
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
