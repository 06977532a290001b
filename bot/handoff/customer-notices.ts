/** The messages the hand-off service pushes to a customer later (agent joined, reply, end, timeout). */
import type { BotMessage } from "../channel-port.ts";
import type { Texts } from "../engine-deps.ts";
import { menuChoices } from "../menu.ts";
import type { HandoffView } from "./handoff-desk.ts";

/** The main menu's buttons in a locale. */
export function menuButtons(texts: Texts, locale: HandoffView["locale"]): BotMessage["buttons"] {
  return menuChoices().map((c) => ({ id: c.id, label: texts(locale, c.labelKey) }));
}

/** An agent took the hand-off. */
export function agentJoinedNotice(texts: Texts, handoff: HandoffView): BotMessage[] {
  return [{ text: texts(handoff.locale, "handoff.agent_joined", { ticket: handoff.ticket }) }];
}

/** An agent's reply, as the customer reads it. */
export function agentReplyNotice(texts: Texts, handoff: HandoffView, text: string): BotMessage[] {
  return [{ text: texts(handoff.locale, "handoff.agent_says", { text }) }];
}

/** The agent finished: back to the bot, with the menu. */
export function finishedNotice(texts: Texts, handoff: HandoffView): BotMessage[] {
  return [
    {
      text: texts(handoff.locale, "handoff.finished", { ticket: handoff.ticket }),
      buttons: menuButtons(texts, handoff.locale),
    },
  ];
}

/** The agent who took the hand-off stayed silent: back with the assistant, the call centre and the menu. */
export function agentSilentNotice(texts: Texts, handoff: HandoffView): BotMessage[] {
  return [
    {
      text: texts(handoff.locale, "handoff.agent_silent", { ticket: handoff.ticket }),
      buttons: menuButtons(texts, handoff.locale),
    },
  ];
}

/** Nobody took the hand-off in time: the call centre and the menu. */
export function timeoutNotice(texts: Texts, handoff: HandoffView): BotMessage[] {
  return [
    {
      text: texts(handoff.locale, "handoff.timeout", { ticket: handoff.ticket }),
      buttons: menuButtons(texts, handoff.locale),
    },
  ];
}
