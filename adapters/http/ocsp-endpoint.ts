import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { MAX_OCSP_REQUEST_BYTES, type OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { encodeStatusOnly } from "../../core/pki/ocsp-response-encoder.ts";
import type { AnswerObserver, DirectRoute } from "./direct-route.ts";

const MALFORMED = encodeStatusOnly(OCSPResponseStatus.malformedRequest);
/** Storage or key trouble behind the responder; the cause goes to the log. */
const INTERNAL_ERROR = encodeStatusOnly(OCSPResponseStatus.internalError);
const BASE64_PATH = /^[A-Za-z0-9+/=_-]+$/;

/**
 * `POST /ocsp` (DER body) and `GET /ocsp/<base64>` (RFC 6960 appendix A).
 *
 * The responder is the busiest endpoint, so it is served straight on node:http: express's router
 * and body parser cost about a quarter of the CPU per answer (measured with `npm run bench -- ocsp`).
 * Bad input is an OCSP answer, not an HTTP error: an oversized, empty or garbled request gets
 * `malformedRequest`, a failure behind the responder `internalError` (logged).
 */
export function ocspEndpoint(deps: {
  ocsp: Pick<OcspResponder, "respond">;
  logger: Logger;
  observe?: AnswerObserver;
}): DirectRoute {
  const answer = (res: ServerResponse, der: Uint8Array, started: number) => {
    deps.ocsp.respond(der).then(
      (body) => send(res, body, started),
      (error: unknown) => {
        deps.logger.error({ err: error }, "OCSP responder failed");
        send(res, INTERNAL_ERROR, started);
      },
    );
  };
  const send = (res: ServerResponse, body: Uint8Array, started: number) => {
    if (res.destroyed) return;
    res.writeHead(200, {
      "content-type": "application/ocsp-response",
      "content-length": body.byteLength,
    });
    res.end(body);
    deps.observe?.(res.req.method ?? "", 200, started);
  };
  return (req, res) => {
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const path = query < 0 ? url : url.slice(0, query);
    if (req.method === "POST" && (path === "/ocsp" || path === "/ocsp/")) {
      const started = performance.now();
      readCapped(req).then((der) => {
        if (der) return answer(res, der, started);
        res.setHeader("connection", "close");
        send(res, MALFORMED, started);
      });
      return true;
    }
    if (req.method === "GET" && path.startsWith("/ocsp/") && path.length > 6) {
      const started = performance.now();
      let encoded = "";
      try {
        encoded = decodeURIComponent(path.slice(6));
      } catch {
        encoded = "";
      }
      const der = BASE64_PATH.test(encoded) ? Buffer.from(encoded, "base64") : Buffer.alloc(0);
      answer(res, der, started);
      return true;
    }
    return false;
  };
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
