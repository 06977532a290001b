/**
 * The second check of `POST /slack/events`, after the timestamp door and before Bolt: it reads the
 * raw body (capped), checks Slack's signature itself, so that a forged request gets a coded JSON 401
 * like every other door of the service, and checks that the body is a request the console takes: a
 * slash command, an interaction payload or an Events API callback, with the fields Bolt routes on.
 * Anything else gets a coded 400 at once, where Bolt answered a bare 500 (a payload without a user)
 * or left it unacknowledged and answered 404 three seconds later. A well-formed command, button or
 * modal that no listener of the console takes (`routes`) gets the coded 404 at once, for the same
 * reason. The body is handed on as
 * `req.rawBody`, which Bolt's receiver reads instead of the stream (and checks the signature again).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import express, { type Request, type RequestHandler } from "express";
import { sendError } from "../http/errors.ts";

/** Largest `POST /slack/events` body taken (Slack's own payloads stay far below). */
export const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

/** Interaction payload types the console may receive. */
const interactionTypes = new Set([
  "block_actions",
  "block_suggestion",
  "view_submission",
  "view_closed",
  "shortcut",
  "message_action",
]);

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** The commands, button action ids and modal callback ids the console has listeners for. */
export interface SlackRoutes {
  commands: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  views: ReadonlySet<string>;
}

/** The check, as express middleware on the Slack router. */
export function slackRequestCheck(signingSecret: string, routes: SlackRoutes): RequestHandler[] {
  const raw = express.raw({ type: () => true, limit: SLACK_BODY_LIMIT_BYTES });
  return [
    (req, res, next) => {
      // no signature of the right form: refused before the body is read
      if (signatureOf(req) === undefined) {
        req.resume();
        sendError(res, 401, "slack_bad_signature", "missing or wrong X-Slack-Signature");
        return;
      }
      next();
    },
    raw,
    (req, res, next) => {
      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!signedBySlack(req, body, signingSecret)) {
        sendError(res, 401, "slack_bad_signature", "missing or wrong X-Slack-Signature");
        return;
      }
      const text = body.toString("utf8");
      if (!isConsoleRequest(req.headers["content-type"], text)) {
        sendError(res, 400, "slack_bad_request", "not a Slack command, interaction or event");
        return;
      }
      if (!hasListener(req.headers["content-type"], text, routes)) {
        sendError(res, 404, "slack_unhandled", "no handler takes this Slack command, action or view");
        return;
      }
      (req as Request & { rawBody?: Buffer }).rawBody = body;
      next();
    },
  ];
}

/** The request's v0 signature (32 bytes), if its header has that form. */
function signatureOf(req: Request): Buffer | undefined {
  const given = req.headers["x-slack-signature"];
  if (typeof given !== "string" || !/^v0=[0-9a-f]{64}$/.test(given)) return undefined;
  return Buffer.from(given.slice(3), "hex");
}

/** Slack's v0 signature: HMAC-SHA256 under the signing secret of `v0:<timestamp>:<body>`. */
function signedBySlack(req: Request, body: Buffer, secret: string): boolean {
  const given = signatureOf(req);
  const timestamp = req.headers["x-slack-request-timestamp"];
  if (!given || typeof timestamp !== "string") return false;
  const expected = createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest();
  return timingSafeEqual(expected, given);
}

/** Whether a signed body is one of the request kinds the console handles, with the fields it reads. */
export function isConsoleRequest(contentType: string | undefined, body: string): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") {
    const event = parseJson(body);
    if (!isObject(event)) return false;
    if (event.type === "url_verification") return isText(event.challenge);
    if (event.type === "event_callback") return isObject(event.event) && isText(event.event.type);
    return event.type === "app_rate_limited";
  }
  if (type !== "application/x-www-form-urlencoded") return false;
  const form = new URLSearchParams(body);
  if (form.get("ssl_check") === "1") return true;
  const payload = form.get("payload");
  if (payload !== null) return isInteraction(parseJson(payload));
  const command = form.get("command");
  return Boolean(command?.startsWith("/")) && isText(form.get("user_id"));
}

function isInteraction(payload: unknown): boolean {
  if (!isObject(payload) || !isText(payload.type) || !interactionTypes.has(payload.type)) return false;
  if (!isObject(payload.user) || !isText(payload.user.id)) return false;
  if (payload.type !== "block_actions") return true;
  const actions = payload.actions;
  return (
    Array.isArray(actions) &&
    actions.length > 0 &&
    actions.every((action) => isObject(action) && isText(action.action_id))
  );
}

/**
 * Whether a console request (one `isConsoleRequest` accepted) reaches a listener. Events API
 * callbacks, URL checks and SSL checks are acknowledged by Bolt itself, so they always pass.
 */
export function hasListener(contentType: string | undefined, body: string, routes: SlackRoutes): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return true;
  const form = new URLSearchParams(body);
  const payload = form.get("payload");
  if (payload === null) {
    const command = form.get("command");
    return command === null || routes.commands.has(command);
  }
  const interaction = parseJson(payload) as Fields;
  if (interaction.type === "block_actions") {
    return (interaction.actions as Fields[]).some((a) => routes.actions.has(a.action_id as string));
  }
  if (interaction.type === "view_submission" || interaction.type === "view_closed") {
    const view = interaction.view;
    return isObject(view) && typeof view.callback_id === "string" && routes.views.has(view.callback_id);
  }
  return false;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
