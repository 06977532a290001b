import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/**
 * A route answered on node:http directly, ahead of express, for endpoints whose rate matters more
 * than the framework's comfort (the OCSP responder). Returns `true` when it took the request and
 * will answer it, `false` to leave it to the application.
 */
export type DirectRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Reports one answered request: method, HTTP status and start time (`performance.now()`). */
export type AnswerObserver = (method: string, status: number, startedMs: number) => void;

/** The server's request listener: the direct routes first, then the express application. */
export function frontDoor(direct: readonly DirectRoute[], app: RequestListener): RequestListener {
  if (direct.length === 0) return app;
  return (req, res) => {
    for (const route of direct) if (route(req, res)) return;
    app(req, res);
  };
}

/** The same routes as express middleware, so the application alone (without the server) answers them too. */
export function directRoutesMiddleware(direct: readonly DirectRoute[]): RequestHandler {
  return (req, res, next) => {
    for (const route of direct) if (route(req, res)) return;
    next();
  };
}
