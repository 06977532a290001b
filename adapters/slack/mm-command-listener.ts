/** The `/mm` slash command: acknowledged at once, answered ephemerally through `response_url`. */
import type { CommandListener, ConsoleContext } from "./console-context.ts";
import { runMm } from "./mm-subcommands.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";
import { decodeSlackText } from "./slack-text.ts";

/** The listener of `/mm` for an agent listed in SLACK_AGENTS; anyone else is refused. */
export function mmCommandListener(ctx: ConsoleContext): CommandListener {
  return async ({ command, ack, respond }) => {
    await ack();
    const reply = async (a: SlackAnswer) => {
      await respond({ response_type: "ephemeral", replace_original: false, ...a });
    };
    if (!(await ctx.authorised(command.user_id, "/mm"))) {
      await reply(answer([ctx.t("access.refused")]));
      return;
    }
    await reply(await runMm(ctx, command.user_id, decodeSlackText(command.text ?? "")));
  };
}
