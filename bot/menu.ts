/** The main menu: buttons whose labels can also be typed. */
import { type Intent, isIntent } from "./nlu/intents.ts";
import type { Choice, Turn } from "./turn.ts";

/** Button ids of the menu are `i:<intent>`. */
export const menuPrefix = "i:";

const menuIntents: Intent[] = [
  "apply",
  "order_status",
  "about",
  "prices",
  "received",
  "revoke",
  "contact_update",
  "renewal",
  "troubleshoot",
  "agent",
];

/** The menu choices. */
export function menuChoices(): Choice[] {
  return menuIntents.map((intent) => ({ id: `${menuPrefix}${intent}`, labelKey: `menu.${intent}` }));
}

/** Shows the menu under a message key. */
export function showMenu(turn: Turn, key = "menu.prompt"): void {
  turn.say(key, undefined, turn.buttons(menuChoices()));
}

/**
 * The intent of a pressed or typed menu label, if the input is one. A pressed `i:<topic>` button
 * counts only when the topic is one the bot knows: the id comes from the client, and an unknown one
 * is a bad answer to the question in progress, not a reason to leave it.
 */
export function menuIntentOf(turn: Turn): Intent | undefined {
  const picked = turn.pick(menuChoices());
  if (picked) return picked.slice(menuPrefix.length) as Intent;
  const topic = turn.input.button?.startsWith(menuPrefix) ? turn.input.button.slice(menuPrefix.length) : "";
  return isIntent(topic) ? topic : undefined;
}
