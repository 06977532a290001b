/**
 * The chat API is a JSON API (interfaces.md §2): a request carrying a body must say it is JSON.
 * Anything else (text/plain, a form, multipart, no Content-Type at all, a charset other than UTF-8)
 * is refused with 415 `unsupported_media_type` before the body is parsed, so a body's meaning never
 * depends on a type the client did not send.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { RequestHandler } from "express";
import { HttpError } from "../http/errors.ts";

/** The message of the 415 answer. */
export const JSON_ONLY_MESSAGE =
  "the chat API takes a JSON body: send Content-Type: application/json (UTF-8)";

/**
 * Whether a request's headers announce a body: a chunked one, or a Content-Length other than 0.
 * A request without a body has no type to check.
 */
export function announcesBody(headers: IncomingHttpHeaders): boolean {
  if (headers["transfer-encoding"] !== undefined) return true;
  const length = headers["content-length"];
  return length !== undefined && length.trim() !== "0";
}

/**
 * Whether a Content-Type is JSON the API reads: `application/json` in any letter case, with no
 * charset or UTF-8 (JSON is UTF-8, RFC 8259 §8.1); other parameters are ignored.
 */
export function isUtf8Json(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(";");
  if (type?.trim().toLowerCase() !== "application/json") return false;
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
 * Middleware ahead of the chat API's JSON parser: a body of another type is 415; its bytes are
 * drained unread so the answer can be read.
 */
export const jsonBodyOnly: RequestHandler = (req, _res, next) => {
  if (!announcesBody(req.headers) || isUtf8Json(req.headers["content-type"])) return next();
  req.resume();
  next(new HttpError(415, "unsupported_media_type", JSON_ONLY_MESSAGE));
};
