/** What every listener of the console works with, and the shapes of its listeners. */
import type {
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackViewMiddlewareArgs,
  webApi,
} from "@slack/bolt";
import type { Logger } from "../logging/logger.ts";
import type { MmDeps } from "./mm-deps.ts";

/** The subcommands' dependencies plus the Web API client and the SLACK_AGENTS check. */
export interface ConsoleContext extends MmDeps {
  client: webApi.WebClient;
  /** Whether the Slack user is listed in SLACK_AGENTS; anyone else is refused and audited. */
  authorised(userId: string | undefined, what: string): Promise<boolean>;
  /** The console's logger, for refusals worth an operator's look (codes only, no personal data). */
  logger?: Pick<Logger, "warn">;
}

/** A slash-command listener. */
export type CommandListener = Middleware<SlackCommandMiddlewareArgs>;
/** A button listener. */
export type ActionListener = Middleware<SlackActionMiddlewareArgs>;
/** A modal listener (submission or close). */
export type ViewListener = Middleware<SlackViewMiddlewareArgs>;
