/**
 * The Slack app of the call-centre console: Bolt on an express router at `POST /slack/events`
 * behind the timestamp door, its Web API client, and the hand-off desk that posts through it. It is
 * opened before the hand-off service, which is built with its desk; the console's listeners are
 * mounted on it afterwards (adapters/slack/slack-console.ts).
 */
import type { ServerResponse } from "node:http";
import { App, ExpressReceiver, type webApi } from "@slack/bolt";
import express, { type Router } from "express";
import type { TFunction } from "i18next";
import type { Logger } from "pino";
import type { HandoffDesk } from "../../bot/handoff/handoff-desk.ts";
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
        logger.error({ err: error }, "Slack request failed after it was acknowledged");
        return false;
      }
      logger.error({ err: error }, "Slack request failed");
      writeJsonError(response, 500, "internal", "internal error");
      return false;
    },
    unhandledRequestHandler: ({ response }) => {
      logger.warn("Slack request not acknowledged in time (no listener took it)");
      if (!response.headersSent)
        writeJsonError(response, 404, "slack_unhandled", "no handler took this Slack request");
    },
  });
  const app = new App({
    token: env.SLACK_BOT_TOKEN,
    receiver,
    logger: boltLogger(logger),
    deferInitialization: true,
    // No auth.test at start-up: the service starts even while Slack is unreachable.
    tokenVerificationEnabled: false,
    clientOptions: {
      ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
      // The client's default retries a failed call for about 30 minutes, while a customer's turn
      // (a hand-off message) waits for it: a few quick retries, then the turn apologises.
      retryConfig: slackRetries,
    },
  });
  await app.init();
  const client: webApi.WebClient = app.client;
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

/** Retries of a failed Web API call: three, within about 3.5 s. */
export const slackRetries = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 2_000, randomize: false };

/** The service's JSON error body on a bare node:http response (Bolt's handlers get no express `res`). */
function writeJsonError(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify({ error: { code, message } }));
}
