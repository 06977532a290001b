/**
 * A firm's VKN typed alone outside a dialog ("3230512384", "vkn: 3230512384") says whose, not what
 * for: the topics a VKN starts are offered, and the chosen one goes on with that VKN (the message is
 * kept as one the bot was unsure of: bot/dispatch/menu-button.ts reads it again).
 */
import { isValidVkn } from "../../core/identity/vkn.ts";
import type { Intent } from "../nlu/intent-names.ts";

/** The topics a firm's VKN starts, in the order offered. */
export const vknTopics: readonly Intent[] = ["cert_status", "contact_update", "revoke", "apply"];

/** A folded message that is only a VKN, with at most its label before it. */
const vknAlone = /^(vkn\w*|vergi (kimlik )?(no|numara\w*))?\s*[:=.-]?\s*(\d{10})\s*$/;

/** Whether the folded message is a valid VKN alone (with at most its label). */
export function isBareVkn(folded: string): boolean {
  const digits = vknAlone.exec(folded.trim())?.[4];
  return digits !== undefined && isValidVkn(digits);
}
