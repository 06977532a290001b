/**
 * The chat API is a JSON API (interfaces.md §2). A body is read as JSON (and must parse as JSON)
 * when its type is JSON (`application/json`, `application/*+json`) or one that simple clients send
 * a JSON text with without saying so: none at all, `text/plain` (fetch's default for a string body)
 * and `application/x-www-form-urlencoded` (curl's `-d`). A type that names another format
 * (multipart, XML, JSONP, …) or a charset other than UTF-8 is refused with 415
 * `unsupported_media_type` before the body is read, so such a body is never taken for JSON.
 */
import type { RequestHandler } from "express";
import { announcesBody } from "../http/announces-body.ts";
import { HttpError } from "../http/errors.ts";

/** The message of the 415 answer. */
export const JSON_ONLY_MESSAGE =
  "the chat API takes a JSON body: send Content-Type: application/json (UTF-8)";

/** Types a JSON text is taken under besides JSON's own, each sent by simple clients by default. */
const PLAIN_TYPES = new Set(["text/plain", "application/x-www-form-urlencoded"]);

/** Whether a Content-Type's parameters name no charset or UTF-8 (JSON is UTF-8, RFC 8259 §8.1). */
function utf8OrNoCharset(parameters: string[]): boolean {
  for (const parameter of parameters) {
    const [name, value = ""] = parameter.split("=");
    if (name?.trim().toLowerCase() !== "charset") continue;
    const charset = value
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (charset !== "utf-8" && charset !== "utf8") return false;
  }
  return true;
}

/**
 * Whether a body of this Content-Type is read as JSON: JSON's own types in any letter case, the
 * plain types above or no type at all; with no charset or UTF-8. Other parameters are ignored.
 */
export function isReadAsJson(contentType: string | undefined): boolean {
  if (contentType === undefined || contentType.trim() === "") return true;
  const [type = "", ...parameters] = contentType.split(";");
  const name = type.trim().toLowerCase();
  const json = name === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(name);
  return (json || PLAIN_TYPES.has(name)) && utf8OrNoCharset(parameters);
}

/**
 * Middleware ahead of the chat API's JSON parser: a body of a type that names another format is
 * 415; its bytes are drained unread so the answer can be read.
 */
export const jsonBodyOnly: RequestHandler = (req, _res, next) => {
  if (!announcesBody(req.headers) || isReadAsJson(req.headers["content-type"])) return next();
  req.resume();
  next(new HttpError(415, "unsupported_media_type", JSON_ONLY_MESSAGE));
};
