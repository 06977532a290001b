/** Block Kit pieces of the console's answers. */
import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** An answer to an agent: `text` for notifications and fallbacks, `blocks` for Slack to show. */
export interface SlackAnswer {
  text: string;
  blocks: KnownBlock[];
}

/** A button of an answer: `actionId` names the listener, `value` what it acts on. */
export interface AnswerButton {
  actionId: string;
  label: string;
  value: string;
  style?: "primary" | "danger";
}

/** Most characters Slack takes in a section block's text (https://api.slack.com/reference/block-kit/blocks#section). */
export const maxSectionText = 3000;

/** `text` cut to fit a section block: at most {@link maxSectionText} characters, ending in "…" when cut. */
export function fitSection(text: string): string {
  return text.length <= maxSectionText ? text : `${text.slice(0, maxSectionText - 1)}…`;
}

/**
 * An answer of one or more paragraphs (mrkdwn) and, optionally, a row of buttons. A paragraph longer
 * than Slack takes in a section is cut (Slack would refuse the whole answer); `text` holds the cut ones.
 */
export function answer(typed: string[], buttons: AnswerButton[] = []): SlackAnswer {
  const paragraphs = typed.map(fitSection);
  const blocks: KnownBlock[] = paragraphs.map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text },
  }));
  if (buttons.length > 0) {
    blocks.push({
      type: "actions",
      elements: buttons.map(
        (b): Button => ({
          type: "button",
          action_id: b.actionId,
          text: { type: "plain_text", text: b.label },
          value: b.value,
          ...(b.style ? { style: b.style } : {}),
        }),
      ),
    });
  }
  return { text: paragraphs.join("\n"), blocks };
}
