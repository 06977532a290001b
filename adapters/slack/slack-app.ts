/**
 * The Slack app of the call-centre console: Bolt on an express router at `POST /slack/events`
 * behind the timestamp door, its Web API client, and the hand-off desk that posts through it. It is
 * opened before the hand-off service, which is built with its desk; the console's listeners are
 * mounted on it afterwards (adapters/slack/slack-console.ts).
 */
import type { ServerResponse } from "node:http";
import { App, type Authorize, ExpressReceiver, webApi } from "@slack/bolt";
import express, { type Router } from "express";
import type { TFunction } from "i18next";
import type { Logger } from "pino";
import type { HandoffDesk } from "../../bot/handoff/handoff-desk.ts";
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { ChannelContext } from "../composition/channel.ts";
import { boltLogger } from "./bolt-logger.ts";
import { consoleRoutes } from "./console-listeners.ts";
import { slackTimestampDoor } from "./request-door.ts";
import { SlackAgents } from "./slack-agents.ts";
import { slackHandoffDesk } from "./slack-desk.ts";
import { SLACK_BODY_LIMIT_BYTES, slackRequestCheck } from "./slack-request-check.ts";

/** What opening the app needs from the composition root. */
export type SlackAppContext = Pick<ChannelContext, "env" | "logger" | "translator"> & {
  /** Wall clock of the door's timestamp check and the retry guard (default `Date.now`); not the domain clock. */
  nowMs?: () => number;
};

/** An opened Slack app, ready for the console's listeners. */
export interface SlackApp {
  app: App;
  client: webApi.WebClient;
  /** The router Bolt receives on (`POST /slack/events`, after the timestamp door). */
  router: Router;
  /** The console's logger (`channel: slack`). */
  logger: Logger;
  /** The console's texts (Turkish, namespace `slack`). */
  t: TFunction;
  /** `SLACK_SUPPORT_CHANNEL`: where hand-offs and revocation requests are posted. */
  supportChannel: string | undefined;
  /** `SLACK_AGENTS`: who may act. */
  agents: SlackAgents;
  /** The hand-off desk on this workspace: what the hand-off service is built with. */
  desk: HandoffDesk;
  nowMs: (() => number) | undefined;
}

/**
 * Opens the app when `SLACK_SIGNING_SECRET` and `SLACK_BOT_TOKEN` are set; otherwise returns
 * undefined (the service runs without Slack and hand-offs use the no-op desk).
 */
export async function openSlackApp(ctx: SlackAppContext): Promise<SlackApp | undefined> {
  const { env } = ctx;
  if (!env.SLACK_SIGNING_SECRET || !env.SLACK_BOT_TOKEN) return undefined;
  const logger = ctx.logger.child({ channel: "slack" });
  const t = ctx.translator.getFixedT("tr", "slack");
  const router = express.Router();
  router.post(
    "/slack/events",
    slackTimestampDoor(ctx.nowMs),
    ...slackRequestCheck(env.SLACK_SIGNING_SECRET, consoleRoutes),
  );
  const receiver = new ExpressReceiver({
    signingSecret: env.SLACK_SIGNING_SECRET,
    endpoints: "/slack/events",
    router,
    logger: boltLogger(logger),
    processBeforeResponse: false,
    bodyLimit: SLACK_BODY_LIMIT_BYTES,
    // Bolt's own answers are bare; these keep to the service's coded JSON errors.
    processEventErrorHandler: async ({ error, response }) => {
      if (response.headersSent) {
        logger.error(
          { err: error, errorCode: "slack_failed_after_ack" },
          "slack_failed_after_ack: Slack request failed after it was acknowledged",
        );
        return false;
      }
      logger.error(
        { err: error, errorCode: "slack_request_failed" },
        "slack_request_failed: Slack request failed",
      );
      writeJsonError(response, 500, "internal", "internal error");
      return false;
    },
    // The door answers unknown routes at once; this is a listener that did not acknowledge in time.
    unhandledRequestHandler: ({ response }) => {
      const errorCode = "slack_not_acknowledged" satisfies ErrorCode;
      logger.error(
        { errorCode },
        "slack_not_acknowledged: Slack request not acknowledged within 3 s; answered 503",
      );
      if (!response.headersSent)
        writeJsonError(response, 503, errorCode, "the Slack request could not be acknowledged");
    },
  });
  const clientOptions = {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    // The client's default retries a failed call for about 30 minutes, while a customer's turn
    // (a hand-off message) waits for it: a few quick retries, then the turn apologises.
    retryConfig: slackRetries,
  };
  const client = new webApi.WebClient(env.SLACK_BOT_TOKEN, { ...clientOptions, logger: boltLogger(logger) });
  const app = new App({
    receiver,
    logger: boltLogger(logger),
    deferInitialization: true,
    // Never auth.test before a listener runs (Bolt's own single-token authorisation calls it on
    // every request when token verification is off): with the Web API unreachable its retries
    // outlast Slack's 3 s and the command was never acknowledged.
    authorize: botAuthorization(client, env.SLACK_BOT_TOKEN, logger),
    clientOptions,
  });
  await app.init();
  const supportChannel = env.SLACK_SUPPORT_CHANNEL;
  return {
    app,
    client,
    router,
    logger,
    t,
    supportChannel,
    agents: new SlackAgents(env.SLACK_AGENTS ?? []),
    desk: slackHandoffDesk(client, supportChannel, t),
    nowMs: ctx.nowMs,
  };
}

/**
 * The bot's authorisation without waiting for Slack: the token at once, with the bot's ids once a
 * background `auth.test` has told them (asked on the first request, again after a failure). Without
 * the ids only Bolt's ignore-self filter is weaker; the console's message listener skips bot messages itself.
 */
export function botAuthorization(
  client: webApi.WebClient,
  botToken: string,
  logger: Logger,
): Authorize<boolean> {
  let ids: { botId?: string; botUserId?: string } | undefined;
  let asking = false;
  return async () => {
    if (!ids && !asking) {
      asking = true;
      client.auth
        .test({ token: botToken })
        .then((r) => {
          ids = { ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) };
        })
        .catch((error: unknown) =>
          logger.error(
            { err: error, errorCode: "slack_auth_test_failed" },
            "slack_auth_test_failed: Slack auth.test failed; the bot's ids are unknown for now",
          ),
        )
        .finally(() => {
          asking = false;
        });
    }
    return { botToken, ...ids };
  };
}

/** Retries of a failed Web API call: three, within about 3.5 s. */
export const slackRetries = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 2_000, randomize: false };

/** The service's JSON error body on a bare node:http response (Bolt's handlers get no express `res`). */
function writeJsonError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify({ error: { code, message } }));
}
