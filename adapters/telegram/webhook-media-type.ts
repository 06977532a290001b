/**
 * The media type the Telegram webhook takes: Telegram posts every update as `application/json`
 * (UTF-8). A body of another type (text/plain, a form, XML, none named) is refused with 415
 * `unsupported_media_type` before it is read, as the web chat's API refuses a type that names
 * another format (adapters/web/json-body-only.ts): never read as JSON, and never answered "not a
 * Telegram update", which would send whoever reads it looking for a fault in the update itself.
 */
import type { RequestHandler } from "express";
import { announcesBody } from "../http/announces-body.ts";
import { sendError } from "../http/errors.ts";

/** The message of the 415 answer. */
export const WEBHOOK_JSON_ONLY_MESSAGE =
  "the Telegram webhook takes an update as JSON: send Content-Type: application/json (UTF-8)";

/**
 * Whether a Content-Type is JSON's own (`application/json`, `application/*+json`, any letter case);
 * its charset, if named, is left to the JSON parser (another than UTF-8 is its 415 too).
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const name = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return name === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(name);
}

/** Middleware ahead of the webhook's JSON parser: a body of another type is 415, drained unread. */
export const webhookJsonOnly: RequestHandler = (req, res, next) => {
  if (!announcesBody(req.headers) || isJsonMediaType(req.headers["content-type"])) return next();
  req.resume();
  sendError(res, 415, "unsupported_media_type", WEBHOOK_JSON_ONLY_MESSAGE);
};
