import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import {
  ConflictError,
  DomainError,
  KeyManagerError,
  NotFoundError,
  RateLimitError,
} from "../../core/errors/domain-error.ts";
import { statusOfCode } from "../../core/errors/error-codes.ts";
import { isStorageBusy, isStorageFull, isStorageUnavailable } from "../db/storage-errors.ts";

/** An HTTP error with a stable code, sent as `{ "error": { "code", "message" } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/**
 * Headers of a representation an error answer replaces (a static asset's, set before its range or
 * precondition failed): an error carries none of them.
 */
const REPRESENTATION_HEADERS = [
  "ETag",
  "Last-Modified",
  "Cache-Control",
  "Accept-Ranges",
  "Content-Disposition",
];

/**
 * Sends the JSON error body of the public interface, JSON in its headers too: a Content-Type, a
 * validator or a freshness set for what the error replaced is dropped.
 */
export function sendError(res: Response, status: number, code: string, message: string): void {
  for (const name of REPRESENTATION_HEADERS) res.removeHeader(name);
  res.status(status).type("application/json").json({ error: { code, message } });
}

/** Coded answers for the client errors the framework raises (static files: ranges, preconditions). */
const CLIENT_ERRORS: Record<number, [code: string, message: string]> = {
  412: ["precondition_failed", "a precondition of the request (If-Match, If-Unmodified-Since) failed"],
  416: ["range_not_satisfiable", "the requested range is not within the resource"],
};

/** 404 for every route nobody answered. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  sendError(res, 404, "not_found", "no such route");
};

/**
 * 405 for a known route asked with a method it does not take: `Allow` lists the ones it does, and
 * the body is the usual coded JSON error. Mount it with `router.all(path, …)` after the route's
 * handlers. OPTIONS is no exception: the service offers no CORS and no route takes OPTIONS, so it
 * gets this answer too (one rule), never express's default 200 with a plain-text body.
 */
export function methodNotAllowed(allowed: readonly string[]): RequestHandler {
  const allow = allowed.join(", ");
  return (_req, res) => {
    res.set("Allow", allow);
    sendError(res, 405, "method_not_allowed", `this route takes ${allow}`);
  };
}

/**
 * The last error handler: maps body-parser and {@link HttpError} failures to coded JSON answers and
 * everything else to a 500 without a stack trace (the stack goes to the log only).
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof HttpError) return sendError(res, error.status, error.code, error.message);
    if (error instanceof DomainError) return sendError(res, domainStatus(error), error.code, error.message);
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") return sendError(res, 413, "too_large", "request body too large");
    // express.json is strict: valid JSON that is not an object or array fails to parse as well
    if (type === "entity.parse.failed")
      return sendError(res, 400, "bad_request", "request body must be a JSON object");
    // a content coding or charset the service does not read is the media type's fault (RFC 9110 §15.5.16)
    if (type === "encoding.unsupported" || type === "charset.unsupported")
      return sendError(
        res,
        415,
        "unsupported_media_type",
        "request body must be UTF-8 JSON, uncompressed, gzip, deflate or br",
      );
    if (isUndecodableBody(error))
      return sendError(
        res,
        400,
        "bad_request",
        "request body could not be decoded as its Content-Encoding says",
      );
    const status = (error as { status?: number }).status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      const [code, message] = CLIENT_ERRORS[status] ?? ["bad_request", "bad request"];
      return sendError(res, status, code, message);
    }
    // the SQLite file locked by another process past the wait (adapters/db/sqlite-lock-wait.ts)
    if (isStorageBusy(error)) {
      logger.warn({ method: req.method, path: req.path }, "storage busy: the database file is locked");
      res.set("Retry-After", "2");
      return sendError(
        res,
        503,
        "storage_busy",
        "the database is locked by another process; try again shortly",
      );
    }
    // no room left for a write: an operator must act (an error in the log), the client may retry later
    if (isStorageFull(error)) {
      logger.error(
        { method: req.method, path: req.path },
        "storage full: a write was refused for lack of space",
      );
      res.set("Retry-After", "60");
      return sendError(
        res,
        503,
        "storage_full",
        "the service cannot store anything right now; try again later",
      );
    }
    if (isStorageUnavailable(error)) {
      logger.warn({ err: error, method: req.method, path: req.path }, "storage unavailable");
      res.set("Retry-After", "2");
      return sendError(res, 503, "storage_unavailable", "the database is not reachable; try again shortly");
    }
    logger.error({ err: error, method: req.method, path: req.path }, "unhandled error in HTTP handler");
    sendError(res, 500, "internal", "internal error");
  };
}

/**
 * Whether a body parser failed because the body did not decode under its Content-Encoding: zlib's
 * error (gzip, deflate: `Z_DATA_ERROR`, `Z_BUF_ERROR` for a truncated stream; brotli: `ERR__ERROR_…`)
 * passed on with status 400.
 */
function isUndecodableBody(error: unknown): boolean {
  const { status, code, errno } = error as { status?: unknown; code?: unknown; errno?: unknown };
  return (
    status === 400 && typeof errno === "number" && typeof code === "string" && /^(Z_|ERR__ERROR_)/.test(code)
  );
}

/**
 * The HTTP status of a coded core error: the registry's (core/errors/error-codes.ts); for a code it
 * does not know, by the error's class: 400 bad input, 404, 409 conflict, 429, 503 key or token trouble.
 */
export function domainStatus(error: DomainError): number {
  return statusOfCode(error, classStatus(error));
}

function classStatus(error: DomainError): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof RateLimitError) return 429;
  if (error instanceof KeyManagerError) return 503;
  return 400;
}
