/**
 * `POST /telegram/webhook`: Telegram's webhook calls. A request whose
 * `X-Telegram-Bot-Api-Secret-Token` is not the configured secret gets 401 before its body is read
 * and changes nothing; a body not sent as JSON gets 415 before it is read (webhook-media-type.ts);
 * a body that is not a well-formed update (update-shape.ts) gets 400. A valid
 * update is handled before the answer (so a 200 means done); a failure to take the update (storage
 * down) answers 500, and the Bot API not reached yet since start 503: Telegram delivers it again.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Router } from "express";
import type { Update } from "grammy/types";
import { methodNotAllowed, sendError } from "../http/errors.ts";
import { isWellFormedUpdate } from "./update-shape.ts";
import { webhookJsonOnly } from "./webhook-media-type.ts";

/** The webhook's path. */
export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

/** The route; `handle` resolves once the update is handled (or was a duplicate). */
export function telegramWebhookRouter(deps: {
  secret: string;
  handle(update: Update): Promise<void>;
}): Router {
  const expected = digest(deps.secret);
  const router = express.Router();
  router.post(
    TELEGRAM_WEBHOOK_PATH,
    (req, res, next) => {
      const given = req.get("x-telegram-bot-api-secret-token");
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        sendError(res, 401, "unauthorized", "missing or wrong X-Telegram-Bot-Api-Secret-Token");
        return;
      }
      next();
    },
    webhookJsonOnly,
    express.json({ limit: "1mb" }),
    async (req, res, next) => {
      const update: unknown = req.body;
      if (!isWellFormedUpdate(update)) {
        sendError(res, 400, "bad_request", "not a Telegram update");
        return;
      }
      try {
        await deps.handle(update as Update);
        res.status(200).end();
      } catch (error) {
        next(error);
      }
    },
  );
  router.all(TELEGRAM_WEBHOOK_PATH, methodNotAllowed(["POST"]));
  return router;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
