/**
 * Refused access attempts (domain.md, Audit: "access attempts are logged"): every request answered
 * 401 or 403 (a wrong chat token, a forged Slack or Telegram request, a metrics scrape without the
 * token, a payment notice with a wrong signature) is counted in the audit tally per route and status,
 * and written as one entry per route a minute (core/audit/audit-tally.ts). The subject names the
 * route the application matched, or the path's first segment, never the rest of a path the client
 * chose: it is no place for what an attacker sends.
 */
import type { Request, RequestHandler } from "express";
import type { AuditTally } from "../../core/audit/audit-tally.ts";

/** The route a refused request was for: the matched route, else its first path segment. */
export function refusedRoute(req: Request): string {
  const matched = req.route?.path;
  if (typeof matched === "string") return `${req.baseUrl}${matched}`.slice(0, 80);
  const first = /^\/[A-Za-z0-9_-]{1,32}/.exec(req.path)?.[0];
  return first ?? "/";
}

/** Middleware counting each 401 and 403 answer as `access_refused`. */
export function accessAudit(tally: AuditTally): RequestHandler {
  return (req, res, next) => {
    res.once("finish", () => {
      if (res.statusCode === 401 || res.statusCode === 403)
        tally.count("access_refused", `${res.statusCode} ${req.method} ${refusedRoute(req)}`);
    });
    next();
  };
}
