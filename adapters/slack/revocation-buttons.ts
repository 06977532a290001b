/** The Onayla/Reddet buttons of a four-eyes revocation request in the support channel. */
import type { ActionListener, ConsoleContext } from "./console-context.ts";
import { decide, failure } from "./mm-subcommands.ts";
import { answer } from "./slack-answer.ts";

/** The listener of the approve (`approve` true) or reject button. */
export function revocationDecisionListener(ctx: ConsoleContext, approve: boolean): ActionListener {
  return async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    if (!(await ctx.authorised(userId, "revocation_decision"))) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        ...answer([ctx.t("access.refused")]),
      });
      return;
    }
    const requestId = "value" in action ? String(action.value ?? "") : "";
    const result = await decide(ctx, userId, requestId, approve).catch((error) => failure(ctx, error));
    const container =
      "container" in body ? (body.container as { channel_id?: string; message_ts?: string }) : {};
    const ok = !result.text.startsWith(":warning:");
    if (ok && container.channel_id && container.message_ts) {
      await ctx.client.chat.update({ channel: container.channel_id, ts: container.message_ts, ...result });
      return;
    }
    await respond({ response_type: "ephemeral", replace_original: false, ...result });
  };
}
