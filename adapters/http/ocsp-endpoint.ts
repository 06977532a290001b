import type { IncomingMessage, ServerResponse } from "node:http";
import { OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import type { Logger } from "pino";
import {
  MAX_OCSP_REQUEST_BYTES,
  type OcspAnswer,
  type OcspResponder,
} from "../../core/pki/ocsp-responder.ts";
import { encodeStatusOnly } from "../../core/pki/ocsp-response-encoder.ts";
import { clientKey } from "./client-address.ts";
import type { AnswerObserver, DirectRoute } from "./direct-route.ts";
import { mayCarryNonce, type OcspNonceGate } from "./ocsp-nonce-gate.ts";
import { isRetryableOcspFailure } from "./ocsp-retryable.ts";

const MALFORMED = encodeStatusOnly(OCSPResponseStatus.malformedRequest);
/** Storage or key trouble behind the responder; the cause goes to the log. */
const INTERNAL_ERROR = encodeStatusOnly(OCSPResponseStatus.internalError);
const TRY_LATER = encodeStatusOnly(OCSPResponseStatus.tryLater);
const BASE64_PATH = /^[A-Za-z0-9+/=_-]+$/;

/**
 * `POST /ocsp` (DER body) and `GET /ocsp/<base64>` (RFC 6960 appendix A; `HEAD` answers GET's headers).
 *
 * The responder is the busiest endpoint, so it is served straight on node:http: express's router
 * and body parser cost about a quarter of the CPU per answer (measured with `npm run bench -- ocsp`).
 * Bad input is an OCSP answer, not an HTTP error: an oversized, empty or garbled request gets
 * `malformedRequest`, a failure behind the responder `internalError` (logged), or `tryLater` when it is
 * a passing one (the CA token out, the database away: see ocsp-retryable.ts). A request with a nonce
 * (each one a signature) first passes the `nonceGate` under the client's address (IPv6: its /64);
 * over budget it gets `tryLater` and the responder is not asked.
 *
 * A GET answer the responder kept carries the RFC 5019 §6.2 caching headers: `Last-Modified`
 * (thisUpdate), `Expires` (nextUpdate), `ETag`, and `Cache-Control: max-age=<until the responder
 * signs afresh>, public, no-transform, must-revalidate`; `If-None-Match` with that tag gets a 304.
 * Other GET answers (unknown, nonce, errors) are `Cache-Control: no-cache`.
 */
export function ocspEndpoint(deps: {
  ocsp: Pick<OcspResponder, "answer">;
  logger: Logger;
  /** Budget of nonce requests per client; none: unlimited. */
  nonceGate?: OcspNonceGate;
  /**
   * The client address the nonce budget is kept under (client-address.ts `clientAddress` with
   * `MM_TRUST_PROXY`); default the connection's address, never a forwarded header.
   */
  clientAddress?: (req: IncomingMessage) => string | undefined;
  observe?: AnswerObserver;
  /** Milliseconds since the epoch (max-age is counted from it); default Date.now. */
  now?: () => number;
}): DirectRoute {
  const now = deps.now ?? Date.now;
  const addressOf = deps.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress);
  const respond = (res: ServerResponse, der: Uint8Array, started: number) => {
    deps.ocsp.answer(der).then(
      (result) => send(res, result, started),
      (error: unknown) => {
        const retryable = isRetryableOcspFailure(error);
        if (retryable) deps.logger.warn({ err: error }, "OCSP responder unavailable, answered tryLater");
        else deps.logger.error({ err: error }, "OCSP responder failed");
        send(res, { der: retryable ? TRY_LATER : INTERNAL_ERROR }, started);
      },
    );
  };
  const answer = (req: IncomingMessage, res: ServerResponse, der: Uint8Array, started: number) => {
    const gate = deps.nonceGate;
    if (!gate || !mayCarryNonce(der)) return respond(res, der, started);
    gate.allow(clientKey(addressOf(req))).then(
      (allowed) => (allowed ? respond(res, der, started) : send(res, { der: TRY_LATER }, started)),
      (error: unknown) => {
        deps.logger.error({ err: error }, "OCSP nonce budget failed");
        send(res, { der: isRetryableOcspFailure(error) ? TRY_LATER : INTERNAL_ERROR }, started);
      },
    );
  };
  const send = (res: ServerResponse, result: OcspAnswer, started: number) => {
    if (res.destroyed) return;
    const body = result.der;
    const method = res.req.method ?? "";
    if (method === "GET" || method === "HEAD") {
      const caching = result.caching;
      if (caching) {
        const maxAge = Math.max(0, Math.floor((caching.refreshAt.getTime() - now()) / 1000));
        res.setHeader("last-modified", caching.thisUpdate.toUTCString());
        res.setHeader("expires", caching.nextUpdate.toUTCString());
        res.setHeader("etag", caching.etag);
        res.setHeader("cache-control", `max-age=${maxAge}, public, no-transform, must-revalidate`);
        if (res.req.headers["if-none-match"] === caching.etag) {
          res.writeHead(304);
          res.end();
          deps.observe?.(method, 304, started);
          return;
        }
      } else res.setHeader("cache-control", "no-cache");
    }
    res.writeHead(200, {
      "content-type": "application/ocsp-response",
      "content-length": body.byteLength,
    });
    res.end(body);
    deps.observe?.(method, 200, started);
  };
  return (req, res) => {
    const path = pathOf(req.url ?? "");
    if (req.method === "POST" && (path === "/ocsp" || path === "/ocsp/")) {
      const started = performance.now();
      readCapped(req).then((der) => {
        if (der) return answer(req, res, der, started);
        res.setHeader("connection", "close");
        send(res, { der: MALFORMED }, started);
      });
      return true;
    }
    // GET (and HEAD, its headers only); an empty request is an OCSP malformedRequest, not an HTTP 404
    if ((req.method === "GET" || req.method === "HEAD") && path.startsWith("/ocsp/")) {
      const started = performance.now();
      let encoded = "";
      try {
        encoded = decodeURIComponent(path.slice(6));
      } catch {
        encoded = "";
      }
      const der = BASE64_PATH.test(encoded) ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
      if (der.length === 0) send(res, { der: MALFORMED }, started);
      else answer(req, res, der, started);
      return true;
    }
    return false;
  };
}

/**
 * The path of a request target without its query: the origin form (`/ocsp/…`) as it is, the
 * absolute form (`http://host/ocsp/…`, RFC 9112 §3.2.2, sent by some proxies and clients) by its
 * path, as express routes it.
 */
function pathOf(target: string): string {
  let url = target;
  if (!url.startsWith("/")) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
    url = scheme ? url.slice(scheme[0].length) || "/" : url;
  }
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}

/**
 * The request body, or `undefined` once it grows past {@link MAX_OCSP_REQUEST_BYTES} or the
 * connection fails. The rest of an oversized body is left unread; the answer closes the connection.
 */
function readCapped(req: IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"]);
  if (declared > MAX_OCSP_REQUEST_BYTES) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_OCSP_REQUEST_BYTES) {
        req.off("data", onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)));
    req.once("error", () => resolve(undefined));
    req.once("close", () => resolve(undefined)); // after "end" this changes nothing
  });
}
