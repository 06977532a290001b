/** The `/mm` slash command: acknowledged at once, answered ephemerally through `response_url`. */
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { CommandListener, ConsoleContext } from "./console-context.ts";
import { runMm } from "./mm-subcommands.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";
import { decodeSlackText } from "./slack-text.ts";

/**
 * A `response_url` answer that could not be posted (Slack unreachable): the command was already
 * acknowledged, so it is only logged (`slack-console.ts`, `app.error`), never answered a second time.
 * Its code is an operator code of core's registry (core/errors/error-codes.ts, `customer: false`).
 */
export class SlackFollowUpError extends Error {
  readonly code = "slack_followup_failed" satisfies ErrorCode;
  constructor(cause: unknown) {
    super(
      "slack_followup_failed: the answer to a slash command could not be posted to Slack's response_url",
      {
        cause,
      },
    );
  }
}

/** The listener of `/mm` for an agent listed in SLACK_AGENTS; anyone else is refused. */
export function mmCommandListener(ctx: ConsoleContext): CommandListener {
  return async ({ command, ack, respond }) => {
    await ack();
    const reply = async (a: SlackAnswer) => {
      try {
        await respond({ response_type: "ephemeral", replace_original: false, ...a });
      } catch (error) {
        throw new SlackFollowUpError(error);
      }
    };
    if (!(await ctx.authorised(command.user_id, "/mm"))) {
      await reply(answer([ctx.t("access.refused")]));
      return;
    }
    await reply(await runMm(ctx, command.user_id, decodeSlackText(command.text ?? "")));
  };
}
