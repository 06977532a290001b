import type { webApi } from "@slack/bolt";
import type { TFunction } from "i18next";
import type {
  HandoffCloseNote,
  HandoffCloseReason,
  HandoffDesk,
  HandoffView,
} from "../../bot/handoff/handoff-desk.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import { wellFormed } from "../../core/text/well-formed.ts";
import { readableSummary } from "./handoff-summary-text.ts";
import { mmActions } from "./mm-deps.ts";
import { answer } from "./slack-answer.ts";
import { escapeSlackText } from "./slack-text.ts";

/** The Slack message metadata type of a hand-off's summary (its payload names the ticket and conversation). */
export const handoffMetadataType = "mm_handoff";

/**
 * The hand-off desk on Slack: a new hand-off's masked summary goes to the support channel with a
 * "Devral" button; the customer's messages, the take and the close go into that message's thread,
 * and a take or a close also replaces the summary by one that says so, without the button.
 * The thread reference `<channel>:<ts>` is what the hand-off service stores. Without a support
 * channel nothing is posted (the hand-off rules still hold). Customer text (the summary, the
 * messages) is masked and has Slack's markup escaped (slack-text.ts): it can neither ping anyone
 * nor disguise a link.
 */
export function slackHandoffDesk(
  client: webApi.WebClient,
  channel: string | undefined,
  t: TFunction,
): HandoffDesk {
  const inThread = async (handoff: HandoffView, text: string) => {
    const thread = parseDeskThread(handoff.deskThread);
    if (!thread) return;
    await client.chat.postMessage({
      channel: thread.channel,
      thread_ts: thread.ts,
      text: maskPersonalData(wellFormed(text)),
    });
  };
  return {
    async opened(handoff) {
      if (!channel) return {};
      const summary = answer(
        [
          t("desk.opened", {
            ticket: handoff.ticket,
            channel: handoff.channel,
            locale: handoff.locale,
            summary: customerText(readableSummary(t, handoff.summary)),
          }),
        ],
        [{ actionId: mmActions.take, label: t("buttons.take"), value: handoff.ticket, style: "primary" }],
      );
      const posted = await client.chat.postMessage({
        channel,
        ...summary,
        metadata: handoffMetadata(handoff),
      });
      return posted.ts ? { deskThread: `${posted.channel ?? channel}:${posted.ts}` } : {};
    },
    customerWrote: (handoff, maskedText, note) =>
      inThread(
        handoff,
        t(note?.codeWithheld ? "desk.customer_code_withheld" : "desk.customer", {
          text: customerText(maskedText),
        }),
      ),
    async taken(handoff) {
      const agent = handoff.agentId ?? "?";
      await inThread(handoff, t("desk.taken", { ticket: handoff.ticket, agent }));
      await updateSummary(handoff, t("desk.summary_taken", { agent }));
    },
    async closed(handoff, reason: HandoffCloseReason, note?: HandoffCloseNote) {
      // the retention sweep's note names the ticket only, in the desk's language like every other note
      const line =
        note?.by === "retention_sweep"
          ? t("desk.closed_retention_sweep", { ticket: handoff.ticket })
          : t(`desk.closed_${reason}`, { ticket: handoff.ticket });
      await inThread(handoff, line);
      await updateSummary(handoff, line);
    },
  };

  /** The summary message without its Devral button, with where the hand-off stands. */
  async function updateSummary(handoff: HandoffView, status: string): Promise<void> {
    const summary = parseDeskThread(handoff.deskThread);
    if (!summary) return;
    await client.chat.update({
      channel: summary.channel,
      ts: summary.ts,
      ...answer([
        t("desk.summary", {
          ticket: handoff.ticket,
          channel: handoff.channel,
          locale: handoff.locale,
          summary: customerText(readableSummary(t, handoff.summary)),
        }),
        status,
      ]),
      metadata: handoffMetadata(handoff),
    });
  }
}

/** The metadata of a hand-off's summary message: its ticket and conversation. */
function handoffMetadata(handoff: HandoffView) {
  return {
    event_type: handoffMetadataType,
    event_payload: { ticket: handoff.ticket, conversation_id: handoff.conversationId },
  };
}

/** What a customer wrote, as the desk may post it: masked, with Slack's markup escaped. */
function customerText(text: string): string {
  return escapeSlackText(maskPersonalData(wellFormed(text)));
}

/** `<channel>:<ts>` split, or undefined. */
export function parseDeskThread(deskThread: string | undefined): { channel: string; ts: string } | undefined {
  const match = /^([A-Z0-9]+):(\d+\.\d+)$/.exec(deskThread ?? "");
  return match ? { channel: match[1]!, ts: match[2]! } : undefined;
}
