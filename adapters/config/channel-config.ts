/**
 * The channels' variables at the start of `npm start`, checked before anything is opened. A channel
 * is turned on by a set of variables (Telegram: `TELEGRAM_BOT_TOKEN`, and for a webhook
 * `TELEGRAM_WEBHOOK_URL` with `TELEGRAM_WEBHOOK_SECRET`; Slack: `SLACK_SIGNING_SECRET` with
 * `SLACK_BOT_TOKEN`, which `SLACK_AGENTS`, `SLACK_SUPPORT_CHANNEL` and `SLACK_API_URL` only refine);
 * one set only in part would leave the channel, or its webhook, off without a word. Production
 * refuses to start on it (one line naming the missing variable, as for MM_PUBLIC_URL in
 * public-url.ts); development starts and warns, naming it and what is not started. A webhook without
 * its secret is refused in every mode: the channel would refuse to start anyway.
 */
import { ConfigurationError, type Environment } from "./environment.ts";

/** One channel set only in part: the variables missing, the ones set, and what stays off. */
interface HalfConfigured {
  missing: readonly string[];
  setBy: readonly string[];
  notStarted: string;
}

/** "A", "A and B": the names of a list, with the verb that agrees with them. */
function names(list: readonly string[]): string {
  return `${list.join(" and ")} ${list.length > 1 ? "are" : "is"}`;
}

/**
 * Checks the channels' variables before anything is opened. Throws {@link ConfigurationError} (one
 * line naming the missing variable) for a Telegram webhook without its secret, and in production for
 * a channel configured in part; returns the warnings to log in development (none when every channel
 * is configured whole or not at all).
 */
export function checkChannelsAtStart(env: Environment): string[] {
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
    throw new ConfigurationError(
      "TELEGRAM_WEBHOOK_SECRET",
      "must be set when TELEGRAM_WEBHOOK_URL is set: without it anyone could post updates to /telegram/webhook (or unset TELEGRAM_WEBHOOK_URL to long-poll)",
    );
  const half = halfConfigured(env);
  if (half.length > 0 && env.NODE_ENV === "production") {
    const first = half[0]!;
    const [variable, ...others] = first.missing;
    throw new ConfigurationError(
      variable!,
      `${others.length > 0 ? `and ${others.join(" and ")} are` : "is"} not set while ${names(first.setBy)}: NODE_ENV=production does not start with ${first.notStarted} off; set ${first.missing.join(" and ")} too, or unset ${first.setBy.join(" and ")}`,
    );
  }
  return half.map(
    ({ missing, setBy, notStarted }) =>
      `${names(missing)} not set while ${names(setBy)}: ${notStarted} is not started (set ${missing.join(" and ")} too, or unset ${setBy.join(" and ")})`,
  );
}

/** The channels configured in part, Telegram first. */
function halfConfigured(env: Environment): HalfConfigured[] {
  const found: HalfConfigured[] = [];
  const telegramSet = (["TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET"] as const).filter(
    (name) => env[name],
  );
  if (!env.TELEGRAM_BOT_TOKEN && telegramSet.length > 0)
    found.push({ missing: ["TELEGRAM_BOT_TOKEN"], setBy: telegramSet, notStarted: "the Telegram channel" });
  else if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_WEBHOOK_SECRET && !env.TELEGRAM_WEBHOOK_URL)
    found.push({
      missing: ["TELEGRAM_WEBHOOK_URL"],
      setBy: ["TELEGRAM_WEBHOOK_SECRET"],
      notStarted: "the Telegram webhook (the bot long-polls)",
    });
  const slack = { SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN };
  if (Boolean(slack.SLACK_SIGNING_SECRET) !== Boolean(slack.SLACK_BOT_TOKEN)) {
    const [missing, setBy] = slack.SLACK_SIGNING_SECRET
      ? ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]
      : ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"];
    found.push({ missing: [missing], setBy: [setBy], notStarted: "the Slack console (POST /slack/events)" });
  } else if (!slack.SLACK_SIGNING_SECRET) {
    // the console's refinements without the console: agents listed would be refused by nobody
    const refinements = (["SLACK_AGENTS", "SLACK_SUPPORT_CHANNEL", "SLACK_API_URL"] as const).filter(
      (name) => env[name] !== undefined,
    );
    if (refinements.length > 0)
      found.push({
        missing: ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"],
        setBy: refinements,
        notStarted: "the Slack console (POST /slack/events)",
      });
  }
  return found;
}
