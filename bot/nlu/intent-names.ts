/**
 * The intents the bot understands outside a dialog step: the labels of the training data
 * (`locales/<lng>/nlu.yaml`) and of the held-out evaluation set.
 */

/** Every intent, in menu-ish order. */
export const intents = [
  "greeting",
  "thanks",
  "apply",
  "about",
  "difference",
  "before_apply",
  "hsm_vs_card",
  "hsm_requirements",
  "hsm_supply",
  "order_status",
  "payment",
  "production",
  "delivery",
  "received",
  "pin_locked",
  "puk",
  "contact_update",
  "vkn_title_change",
  "address_change",
  "prices",
  "invoice",
  "refund",
  "revoke",
  "revoke_undo",
  "cancel_application",
  "renewal",
  "r9",
  "troubleshoot",
  "cert_status",
  "contact",
  "agent",
  "menu",
] as const;

/** Every topic the bot understands outside a dialog step. */
export type Intent = (typeof intents)[number];

/** Whether a string is an intent name. */
export function isIntent(value: string): value is Intent {
  return (intents as readonly string[]).includes(value);
}
