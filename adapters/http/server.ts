import { createServer, type RequestListener, type Server } from "node:http";
import express, { type Express, type RequestHandler, type Router } from "express";
import type { Logger } from "pino";
import { type TrustProxy, trustNoProxy } from "../config/trust-proxy.ts";
import { trustsHop } from "./client-address.ts";
import {
  answerClientError,
  answerConnect,
  answerExpectationFailed,
  answerMissingHost,
  answerUnsupportedTransferCoding,
} from "./client-error.ts";
import { type ConnectionCaps, capConnections } from "./connection-caps.ts";
import { type DirectRoute, directRoutesMiddleware, frontDoor } from "./direct-route.ts";
import { errorHandler, notFoundHandler } from "./errors.ts";

/**
 * Builds the one express application: every channel and endpoint mounts a router on it, then the
 * 404 and error handlers close it. Bodies are not parsed here: each router sets its own parser and
 * size cap, because OCSP wants raw DER and the chat API small JSON. `direct` routes come first; the
 * server built by {@link listen} runs them before express is entered at all. `req.ip` honours
 * `X-Forwarded-For` only from the proxies `trustProxy` names (`MM_TRUST_PROXY`; default none: the
 * connection's address), through the same function as `clientAddress` in client-address.ts.
 */
export function createHttpApp(
  routers: (Router | RequestHandler)[],
  logger: Logger,
  direct: readonly DirectRoute[] = [],
  trustProxy: TrustProxy = trustNoProxy,
): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy.kind === "none" ? false : trustsHop(trustProxy));
  if (direct.length > 0) app.use(directRoutesMiddleware(direct));
  for (const router of routers) app.use(router);
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}

/**
 * How long a client may take to send a whole request: every body the service takes is a few kB at
 * most, so a client that drips one for longer only holds a connection (Node's default is 5 minutes).
 * Answers are not bounded by it: event streams stay open.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Starts listening and resolves with the server once the port is bound. Requests go to the `direct`
 * routes first (see {@link frontDoor}), then to the application. A request not received whole within
 * `requestTimeoutMs` (default {@link REQUEST_TIMEOUT_MS}) is answered 408 and its connection closed;
 * what Node's parser refuses, an `Expect` other than `100-continue` and a `CONNECT` get a coded JSON error
 * (./client-error.ts). Open connections are capped per client and in all (`caps`, ./connection-caps.ts).
 */
export function listen(
  app: RequestListener,
  port: number,
  host: string,
  direct: readonly DirectRoute[] = [],
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
  caps: ConnectionCaps = {},
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(
      {
        requestTimeout: requestTimeoutMs,
        headersTimeout: Math.min(requestTimeoutMs, 15_000),
        connectionsCheckingInterval: Math.min(requestTimeoutMs / 4, 5_000),
        // Node's own answer to a missing Host is a bare 400; answerMissingHost gives the coded JSON
        requireHostHeader: false,
      },
      withRequestFraming(frontDoor(direct, app)),
    )
      .on("clientError", answerClientError)
      .on("checkExpectation", answerExpectationFailed)
      .on("connect", answerConnect);
    // A client that sends its whole request and then shuts down its write side (a half-close) still
    // waits for the answer: by default Node aborts the request at the client's FIN and closes, so an
    // answer made asynchronously (OCSP, the chat API) was never sent. With this the server answers,
    // then closes (the request it answers is the connection's last). `httpAllowHalfOpen` is Node's
    // own switch for it (lib/_http_server.js), not in its typings.
    (server as unknown as { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
    capConnections(server, caps);
    server.listen(port, host);
    server.once("listening", () => resolve(server));
    server.once("error", reject);
  });
}

/**
 * The listener, behind the checks that an HTTP/1.1 request names its Host and that its body has no
 * transfer coding but chunked (./client-error.ts).
 */
function withRequestFraming(listener: RequestListener): RequestListener {
  return (req, res) => {
    if (!answerMissingHost(req, res) && !answerUnsupportedTransferCoding(req, res)) listener(req, res);
  };
}

/** Stops accepting connections and ends idle keep-alive ones; resolves when closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
