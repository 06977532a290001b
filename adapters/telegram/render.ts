/**
 * Bot messages as Telegram messages: plain text (no parse mode, so nothing needs escaping) cut at
 * Telegram's 4096-character limit, and buttons as an inline keyboard whose callback data carries
 * the chat's keyboard generation, so a button of an older keyboard is recognised as stale.
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotMessage } from "../../bot/channel-port.ts";

/**
 * Telegram's longest message text: what the bot sends is cut at this many UTF-16 code units (safe
 * however Telegram counts); what a customer sends is refused beyond this many characters (code points).
 */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** Telegram's longest callback data, in bytes. */
const CALLBACK_DATA_LIMIT = 64;

/** One Telegram message to send. */
export interface OutgoingMessage {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

/**
 * Cuts a text into pieces of at most `limit` characters, preferring a line break, then a space, in
 * the last quarter of a piece, and never splitting a surrogate pair.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = limit;
    const window = rest.slice(Math.floor(limit * 0.75), limit);
    const newline = window.lastIndexOf("\n");
    const space = window.lastIndexOf(" ");
    if (newline >= 0) cut = Math.floor(limit * 0.75) + newline + 1;
    else if (space >= 0) cut = Math.floor(limit * 0.75) + space + 1;
    else if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** The callback data of a button offered with keyboard generation `generation`. */
export function callbackDataOf(generation: number, buttonId: string): string | undefined {
  const data = `${generation}|${buttonId}`;
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_LIMIT ? data : undefined;
}

/** Reads callback data written by {@link callbackDataOf}; undefined for anything else. */
export function parseCallbackData(data: string): { generation: number; buttonId: string } | undefined {
  const match = /^(\d{1,9})\|(.+)$/s.exec(data);
  if (!match) return undefined;
  return { generation: Number(match[1]), buttonId: match[2]! };
}

/**
 * The Telegram messages of bot messages: each text cut at the limit, the keyboard (one button per
 * row) on the last piece. A button whose id does not fit in the callback data is left out (its
 * label can still be typed).
 */
export function renderMessages(messages: BotMessage[], generation: number): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  for (const message of messages) {
    const pieces = splitText(message.text.trim() === "" ? "…" : message.text);
    const rows = (message.buttons ?? []).flatMap((button) => {
      const data = callbackDataOf(generation, button.id);
      return data ? [[{ text: button.label.slice(0, 64), callback_data: data }]] : [];
    });
    pieces.forEach((text, i) => {
      const last = i === pieces.length - 1;
      out.push(last && rows.length > 0 ? { text, keyboard: { inline_keyboard: rows } } : { text });
    });
  }
  return out;
}
