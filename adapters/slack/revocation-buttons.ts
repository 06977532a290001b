/** The Onayla/Reddet buttons of a four-eyes revocation request in the support channel. */
import type { ActionListener, ConsoleContext } from "./console-context.ts";
import { decideByButton } from "./mm-revocation.ts";
import { failure } from "./mm-subcommands.ts";
import { answer } from "./slack-answer.ts";

/**
 * The listener of the approve (`approve` true) or reject button: the decision replaces the request's
 * message (no buttons left); a refusal, or a press on a request no longer pending, is answered to the
 * presser alone and changes nothing.
 */
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
    const container =
      "container" in body ? (body.container as { channel_id?: string; message_ts?: string }) : {};
    const where =
      container.channel_id && container.message_ts
        ? { channel: container.channel_id, ts: container.message_ts }
        : undefined;
    const result = await decideByButton(ctx, userId, requestId, approve, where).catch((error) =>
      failure(ctx, error),
    );
    if (result) await respond({ response_type: "ephemeral", replace_original: false, ...result });
  };
}
