/**
 * The body of `POST /api/chat/sessions/:id/messages`: `{ "text": "…" }` or `{ "button": "<id>" }`,
 * checked by hand so that a refusal (400 `invalid_request`) names the field and the rule it breaks
 * ("text must be a string", "send either text or button, not both") rather than a generic one.
 */
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import { longerThan } from "../../core/text/longer-than.ts";
import { HttpError } from "../http/errors.ts";

/**
 * Longest message text, in characters (after trimming): Unicode code points, as a person counts
 * them, so an emoji or another character outside the BMP (two UTF-16 code units) counts once.
 */
export const MAX_TEXT_LENGTH = 1000;
/** Longest button id, in characters (code points). */
export const MAX_BUTTON_LENGTH = 100;

/** A checked message body: a trimmed text or a button id. */
export type ChatMessageBody = { text: string } | { button: string };

/** Checks a parsed JSON body; throws a 400 `invalid_request` naming the field and the rule. */
export function parseChatMessage(body: unknown): ChatMessageBody {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw invalid('request body must be a JSON object: { "text": "…" } or { "button": "<id>" }');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => key !== "text" && key !== "button");
  if (unknown !== undefined)
    throw invalid(
      `unknown field ${JSON.stringify(unknown.slice(0, 40))}: send { "text": "…" } or { "button": "<id>" }`,
    );
  const hasText = Object.hasOwn(fields, "text");
  const hasButton = Object.hasOwn(fields, "button");
  if (hasText && hasButton) throw invalid("send either text or button, not both");
  if (!hasText && !hasButton)
    throw invalid('text or button is required: { "text": "…" } or { "button": "<id>" }');
  if (hasText) return { text: checked("text", fields.text, MAX_TEXT_LENGTH, true) };
  return { button: checked("button", fields.button, MAX_BUTTON_LENGTH, false) };
}

/** A string field's value (trimmed when `trim`), or a 400 naming `name` and the rule broken. */
function checked(name: string, value: unknown, max: number, trim: boolean): string {
  if (typeof value !== "string") throw invalid(`${name} must be a string`);
  const text = trim ? value.trim() : value;
  if (text.length === 0) throw invalid(`${name} must not be empty`);
  if (longerThan(text, max)) throw invalid(`${name} must be at most ${max} characters`);
  return text;
}

function invalid(message: string): HttpError {
  return new HttpError(400, "invalid_request" satisfies ErrorCode, message);
}
