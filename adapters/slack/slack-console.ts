/**
 * The call-centre console on Slack (`interfaces.md` §5): Bolt on the service's express app at
 * `POST /slack/events`, with `/mm`, the four-eyes and HSM buttons, and agents' replies in hand-off
 * threads. The door refuses stale or far-future timestamps before Bolt (which checks the signature);
 * every request is acknowledged at once and the work is answered through `response_url`. What
 * Slack sends (a slash command's text, an agent's reply) arrives in Slack's encoded form and is
 * decoded to plain text here, at the boundary (slack-text.ts), before it goes on.
 */
import type { AllMiddlewareArgs } from "@slack/bolt";
import type { RequestHandler, Router } from "express";
import { type AgentHandoffs, AgentReplyRefusedError } from "../../bot/handoff/agent-handoffs.ts";
import type { HandoffDesk } from "../../bot/handoff/handoff-desk.ts";
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { registerConsoleListeners } from "./console-listeners.ts";
import { agentReplyText } from "./handoff-reply-text.ts";
import { failure } from "./mm-subcommands.ts";
import { type HandledRequests, RetryGuard } from "./retry-guard.ts";
import { followSupersededRequests } from "./revocation-closed.ts";
import { revocationMessages } from "./revocation-messages.ts";
import { openSlackApp, type SlackApp, type SlackAppContext } from "./slack-app.ts";
import { decodeSlackText } from "./slack-text.ts";

/** What the console needs besides its Slack app: the RA, the hand-offs agents act on, the audit log. */
export interface SlackConsoleDeps {
  ra: RegistrationAuthorityService;
  handoffs: AgentHandoffs;
  audit: { append(event: AuditEvent): Promise<unknown> };
  /**
   * Handled request ids shared by every instance (the composition root passes the `SlackRetry`
   * table, adapters/db/slack-retry-store.ts); default: this process's memory only.
   */
  handledRequests?: HandledRequests;
}

/** What {@link createSlackConsole} needs: the app's settings and the console's dependencies. */
export type SlackConsoleContext = SlackAppContext & SlackConsoleDeps;

/** The running console. */
export interface SlackConsole {
  /** Mount on the service's HTTP app (`POST /slack/events`). */
  routers: (Router | RequestHandler)[];
  /** The hand-off desk of its app (the one the hand-off service was built with). */
  desk: HandoffDesk;
  close(): Promise<void>;
}

/**
 * Opens the Slack app and mounts the console on it in one step, when `SLACK_SIGNING_SECRET` and
 * `SLACK_BOT_TOKEN` are set; otherwise undefined. For a console whose hand-offs need the app's
 * desk first (the composition root), call {@link openSlackApp} and {@link mountSlackConsole} apart.
 */
export async function createSlackConsole(ctx: SlackConsoleContext): Promise<SlackConsole | undefined> {
  const slack = await openSlackApp(ctx);
  return slack && mountSlackConsole(slack, ctx);
}

/**
 * Registers the console's listeners on an opened Slack app: `/mm`, the four-eyes, take and HSM
 * buttons and the HSM modal from the one table of console-listeners.ts (the door's routes come
 * from it too), and agents' replies in hand-off threads.
 */
export function mountSlackConsole(slack: SlackApp, ctx: SlackConsoleDeps): SlackConsole {
  const { app, client, logger, t, supportChannel, agents } = slack;
  const onUnexpected = (error: unknown) => logger.error({ err: error }, "slack console failure");

  /** The Slack user of a request if listed in SLACK_AGENTS; anyone else is refused and audited. */
  const authorised = async (userId: string | undefined, what: string): Promise<boolean> => {
    if (agents.roleOf(userId)) return true;
    await ctx.audit.append({
      actor: `slack:${userId ?? "unknown"}`,
      action: "slack_access_refused",
      subject: what,
    });
    logger.warn({ user: userId, what }, "slack request from a user not in SLACK_AGENTS refused");
    return false;
  };

  const guard = new RetryGuard(ctx.handledRequests, slack.nowMs);
  app.use(async (args: AllMiddlewareArgs & { body: unknown; ack?: () => Promise<void> }) => {
    // Storage down: handle the request (a possible second effect is better than a lost request).
    const seen = await guard.seen(args.body, args.context.retryNum).catch((error: unknown) => {
      logger.error({ err: error }, "slack retry guard unavailable; request handled without it");
      return false;
    });
    if (seen) {
      await args.ack?.();
      return;
    }
    await args.next();
  });

  const requests = revocationMessages(client, supportChannel);
  registerConsoleListeners(app, {
    ra: ctx.ra,
    handoffs: ctx.handoffs,
    audit: ctx.audit,
    t,
    onUnexpected,
    logger,
    client,
    authorised,
    roleOf: (userId) => agents.roleOf(userId),
    announceRevocationRequest: requests.announce,
    showRevocationDecision: requests.showDecision,
  });
  // a request closed by any other revocation of its certificate (the customer's in the chat too)
  const unfollow = followSupersededRequests({
    ra: ctx.ra,
    handoffs: ctx.handoffs,
    audit: ctx.audit,
    t,
    onUnexpected,
    announceRevocationRequest: requests.announce,
    showRevocationDecision: requests.showDecision,
  });

  app.event("message", async ({ event }) => {
    const message = event as {
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      channel: string;
      thread_ts?: string;
      ts: string;
    };
    if (message.subtype || message.bot_id || !message.thread_ts || message.thread_ts === message.ts) return;
    if (!decodeSlackText(message.text ?? "").trim()) return;
    const handoff = await ctx.handoffs.find({ deskThread: `${message.channel}:${message.thread_ts}` });
    if (!handoff) return;
    if (!(await authorised(message.user, "handoff_reply"))) return;
    // the desk's mentions are internal: a colleague in the customer's language, groups dropped
    const text = agentReplyText(message.text ?? "", t("desk.colleague_mention", { lng: handoff.locale }));
    try {
      await ctx.handoffs.reply(handoff.ticket, message.user!, text);
      await ctx.audit.append({
        actor: `agent:${message.user}`,
        action: "handoff_reply",
        subject: handoff.ticket,
      });
    } catch (error) {
      if (error instanceof AgentReplyRefusedError)
        await ctx.audit.append({
          actor: `agent:${message.user}`,
          action: "handoff_reply_refused",
          subject: handoff.ticket,
          details: { errorCode: error.code },
        });
      const shown = failure({ t, onUnexpected }, error);
      await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, ...shown });
    }
  });

  // After the acknowledgement: only the log (with a code an operator can search for), no second answer.
  // A listener that acknowledges after the 3 s deadline finds the request already answered 503
  // (slack_not_acknowledged): its acknowledgement fails before the command runs, and is only logged.
  app.error(async (error) => {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_HTTP_HEADERS_SENT") {
      logger.error(
        { err: error, errorCode: "slack_ack_too_late" satisfies ErrorCode },
        "slack_ack_too_late: a Slack request was acknowledged after it had been answered 503; the command did not run",
      );
      return;
    }
    const errorCode: ErrorCode = code === "slack_followup_failed" ? code : "slack_listener_failed";
    logger.error(
      { err: error, errorCode },
      `${errorCode}: a Slack listener failed after the request was acknowledged`,
    );
  });

  return { routers: [slack.router], desk: slack.desk, close: async () => unfollow() };
}
