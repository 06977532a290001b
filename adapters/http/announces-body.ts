import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a request's headers announce a body: a chunked one, or a Content-Length other than 0.
 * A request without a body has no type to check (the web chat's and the Telegram webhook's 415).
 */
export function announcesBody(headers: IncomingHttpHeaders): boolean {
  if (headers["transfer-encoding"] !== undefined) return true;
  const length = headers["content-length"];
  return length !== undefined && length.trim() !== "0";
}
