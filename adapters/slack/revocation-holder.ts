/**
 * A certificate's holder as the support channel names it in a four-eyes revocation request's
 * messages, so that agents can tell which firm a serial belongs to without personal data in full.
 */
import { maskIdNumber } from "../../core/privacy/mask.ts";
import { escapeSlackText } from "./slack-text.ts";

/**
 * The holder of certificate `c`: its VKN/TCKN masked (`32******84`), after the unvan for a VKN
 * (a tüzel kişi's name is no personal data; a real person's name is never shown), Slack markup escaped.
 */
export function holderText(c: { vkn: string; subjectCn: string }): string {
  const id = maskIdNumber(c.vkn);
  return /^\d{10}$/.test(c.vkn) && c.subjectCn ? `${escapeSlackText(c.subjectCn)} (${id})` : id;
}
