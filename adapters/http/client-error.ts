/**
 * Requests Node's HTTP parser refuses before any route sees them (a request line or headers over
 * Node's 16 kB limit, a malformed request, a request not received in time) get the public
 * interface's coded JSON error instead of Node's bare status line, and the connection is closed;
 * so does a `CONNECT`, which Node would close without an answer.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";

/** The status, code and message for a parser error, by Node's error code. */
function answerFor(code: string | undefined): {
  status: number;
  reason: string;
  code: string;
  message: string;
} {
  if (code === "HPE_HEADER_OVERFLOW")
    return {
      status: 431,
      reason: "Request Header Fields Too Large",
      code: "headers_too_large",
      message: "request line or headers too large (at most 16 kB); POST long OCSP requests",
    };
  if (code === "ERR_HTTP_REQUEST_TIMEOUT")
    return {
      status: 408,
      reason: "Request Timeout",
      code: "request_timeout",
      message: "the request was not received in time",
    };
  return { status: 400, reason: "Bad Request", code: "bad_request", message: "malformed HTTP request" };
}

/** The server's `clientError` listener: answers what can still be answered, then closes the socket. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  endWith(socket, answerFor(error.code));
}

/**
 * The server's `connect` listener: a `CONNECT` (a client taking the service for a forward proxy)
 * gets 501 `not_implemented` as coded JSON and its connection is closed, instead of Node closing it
 * without a word.
 */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  endWith(socket, {
    status: 501,
    reason: "Not Implemented",
    code: "not_implemented",
    message: "CONNECT is not supported: this service is no proxy",
  });
}

/** Writes a coded JSON answer straight on the socket and closes it. */
function endWith(
  socket: Duplex,
  answer: { status: number; reason: string; code: string; message: string },
): void {
  const body = JSON.stringify({ error: { code: answer.code, message: answer.message } });
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The server's `checkExpectation` listener: a request whose `Expect` header is not `100-continue`
 * gets 417 `expectation_failed` as coded JSON (instead of Node's bare status line) and its
 * connection is closed; no route runs and its body is never read.
 */
export function answerExpectationFailed(_req: IncomingMessage, res: ServerResponse): void {
  respondAndClose(res, 417, "expectation_failed", "only Expect: 100-continue is supported");
}

/** Answers a coded JSON error on the response and closes the connection after it. */
function respondAndClose(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  res.shouldKeepAlive = false;
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  res.end(body);
}

/**
 * An HTTP/1.1 request without a `Host` header (RFC 9112 §3.2: answered 400): the coded JSON
 * `bad_request` instead of Node's bare 400 with an empty body, and the connection closed; no route
 * runs and its body is never read. True when it answered.
 */
export function answerMissingHost(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.headers.host !== undefined || req.httpVersionMajor !== 1 || req.httpVersionMinor < 1) return false;
  respondAndClose(res, 400, "bad_request", "an HTTP/1.1 request needs a Host header");
  return true;
}

/**
 * A request whose `Transfer-Encoding` names a coding besides `chunked` (`gzip, chunked`): Node
 * undoes only the chunking, so the still-coded bytes would be read as the body. RFC 9112 §6.1: 501,
 * as the coded JSON `not_implemented`, the connection closed, no route run; a compressed body is
 * sent with `Content-Encoding`. True when it answered.
 */
export function answerUnsupportedTransferCoding(req: IncomingMessage, res: ServerResponse): boolean {
  const header = req.headers["transfer-encoding"];
  if (header === undefined) return false;
  const codings = header.split(",").map((coding) => coding.split(";")[0]!.trim().toLowerCase());
  if (codings.every((coding) => coding === "chunked")) return false;
  respondAndClose(
    res,
    501,
    "not_implemented",
    "Transfer-Encoding other than chunked is not supported; use Content-Encoding",
  );
  return true;
}
