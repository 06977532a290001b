/**
 * The shape of a webhook update, checked before grammY sees it: the fields the bot reads must have
 * Telegram's types. Telegram itself never sends anything else, so a misshapen update (a number for a
 * text, a string for a chat id) comes from someone holding the secret by mistake or on purpose; it
 * gets 400 instead of failing deep inside a handler.
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isId = (value: unknown) => Number.isSafeInteger(value);
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === "string";
/** Telegram's update ids are positive (and a negative or zero one would only pollute the update log). */
const isUpdateId = (value: unknown) => isId(value) && (value as number) > 0;

function isUser(value: unknown): boolean {
  return isObject(value) && isId(value.id) && optional(value.language_code, isString);
}

function isMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    optional(value.message_id, isId) &&
    isObject(value.chat) &&
    isId(value.chat.id) &&
    isString(value.chat.type) &&
    optional(value.from, isUser) &&
    optional(value.text, isString) &&
    optional(value.caption, isString)
  );
}

function isCallbackQuery(value: unknown): boolean {
  return (
    isObject(value) &&
    isString(value.id) &&
    isUser(value.from) &&
    optional(value.data, isString) &&
    optional(value.message, isMessage)
  );
}

/** Whether a webhook body is an update the bot can read: a positive id, and well-typed fields where it has them. */
export function isWellFormedUpdate(update: unknown): boolean {
  return (
    isObject(update) &&
    isUpdateId(update.update_id) &&
    optional(update.message, isMessage) &&
    optional(update.edited_message, isMessage) &&
    optional(update.callback_query, isCallbackQuery)
  );
}
