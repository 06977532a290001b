/** The summary's "Devral" button: takes the hand-off as `/mm devral <ticket>` would. */
import type { ActionListener, ConsoleContext } from "./console-context.ts";
import { runMm } from "./mm-subcommands.ts";
import { answer } from "./slack-answer.ts";

/** The listener of the take button. */
export function handoffTakeListener(ctx: ConsoleContext): ActionListener {
  return async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const ticket = "value" in action ? String(action.value ?? "") : "";
    const result = (await ctx.authorised(userId, "handoff_take"))
      ? await runMm(ctx, userId, `devral ${ticket}`)
      : answer([ctx.t("access.refused")]);
    await respond({ response_type: "ephemeral", replace_original: false, ...result });
  };
}
