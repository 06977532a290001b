import type { RequestHandler } from "express";

/** How far a request's timestamp may be from now, either way (Slack's own rule: 5 minutes). */
export const slackTimestampToleranceSeconds = 5 * 60;

/**
 * The first check of `POST /slack/events`, before Bolt reads the body: a request whose
 * `X-Slack-Request-Timestamp` is missing, not a number, or more than five minutes in the past **or
 * the future** is refused with 401. Bolt refuses old timestamps itself but lets future ones through;
 * a request signed for a future time could otherwise be replayed until then. The signature itself
 * is checked by Bolt's receiver right after this. `nowMs` is the wall clock (not the service's
 * domain clock, which replays freeze).
 */
export function slackTimestampDoor(nowMs: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const raw = req.headers["x-slack-request-timestamp"];
    const ts = typeof raw === "string" && /^\d{1,12}$/.test(raw) ? Number(raw) : Number.NaN;
    const skew = Math.abs(nowMs() / 1000 - ts);
    if (!Number.isFinite(ts) || skew > slackTimestampToleranceSeconds) {
      res.status(401).json({
        error: {
          code: "slack_stale_request",
          message: "request timestamp missing or more than 5 minutes away",
        },
      });
      return;
    }
    next();
  };
}
