/**
 * The four-eyes request messages of the support channel: each is posted with Onayla/Reddet buttons
 * and message metadata naming its request, and replaced by the decision (who, when, no buttons) once
 * the request is decided, whether by its buttons or by `/mm onayla|reddet`. A request posted by this
 * process is found from memory; one posted by another instance is looked up by its metadata in the
 * channel's recent history.
 */
import type { webApi } from "@slack/bolt";
import type { MessageRef } from "./mm-deps.ts";
import type { SlackAnswer } from "./slack-answer.ts";

/** The Slack message metadata type of a revocation request message (its payload names the request). */
export const revocationMetadataType = "mm_revocation_request";

/** How many posted requests are remembered in memory (older ones are found in history). */
const REMEMBERED = 500;
/** How far back in the channel a request message is looked for. */
const HISTORY_LIMIT = 200;

/** Posts and updates the request messages of one support channel. */
export interface RevocationMessages {
  /** Posts a new pending request with its buttons; nothing without a support channel. */
  announce(request: SlackAnswer, requestId: string): Promise<void>;
  /** Replaces the request's message with its decision; `where` when the button press named it. */
  showDecision(requestId: string, decision: SlackAnswer, where?: MessageRef): Promise<void>;
}

/** The request messages of `channel` (undefined: no support channel, nothing is posted). */
export function revocationMessages(
  client: webApi.WebClient,
  channel: string | undefined,
): RevocationMessages {
  const posted = new Map<string, MessageRef>();
  return {
    async announce(request, requestId) {
      if (!channel) return;
      const sent = await client.chat.postMessage({
        channel,
        ...request,
        metadata: { event_type: revocationMetadataType, event_payload: { request_id: requestId } },
      });
      if (!sent.ts) return;
      posted.set(requestId, { channel: sent.channel ?? channel, ts: sent.ts });
      if (posted.size > REMEMBERED) posted.delete(posted.keys().next().value!);
    },
    async showDecision(requestId, decision, where) {
      const at = where ?? posted.get(requestId) ?? (await findRequestMessage(client, channel, requestId));
      posted.delete(requestId);
      if (!at) return;
      await client.chat.update({ channel: at.channel, ts: at.ts, ...decision });
    },
  };
}

/** The channel message of a request, by its metadata among the channel's recent messages. */
export async function findRequestMessage(
  client: webApi.WebClient,
  channel: string | undefined,
  requestId: string,
): Promise<MessageRef | undefined> {
  if (!channel) return undefined;
  const history = await client.conversations.history({
    channel,
    limit: HISTORY_LIMIT,
    include_all_metadata: true,
  });
  const found = (history.messages ?? []).find(
    (m) =>
      m.metadata?.event_type === revocationMetadataType &&
      (m.metadata.event_payload as { request_id?: unknown } | undefined)?.request_id === requestId,
  );
  return found?.ts ? { channel, ts: found.ts } : undefined;
}
