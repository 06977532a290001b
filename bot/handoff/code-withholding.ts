/**
 * One-time codes typed during a hand-off. A code the bot's own verification or contact dialog sent
 * in this conversation is a secret between the customer and the bot: it never reaches the agents'
 * thread. The thread is told that a code was typed and withheld (`••••••`), the customer is told
 * never to share codes.
 *
 * An agent's own verification (`/mm kimlik <VKN>` → `/mm dogrula <VKN> <kod>`) does not need the
 * relay either: its code goes to the firm's registered e-mail and phone, the same contacts as the
 * bot's, so a code the customer types while a bot code is recent cannot be told from the bot's and
 * is withheld as well. The agent asks the customer to read the code out on the phone (the call
 * centre's way, interfaces.md §5) rather than to post it in a chat whose thread every agent of the
 * support channel reads. A number typed while no bot code is recent is relayed as before (masked as
 * any message), so nothing an agent legitimately asks for in the thread is lost.
 */
import { codeLifetimeMs } from "../../core/ra/one-time-code.ts";
import { readTypedCode } from "../../core/ra/typed-code.ts";
import type { BotState } from "../state.ts";

/** How long after a code question ended its code is still withheld: as long as bot/dispatch/ended-code.ts recognises it. */
export const endedCodeWithheldMs = 10 * 60 * 1000;

/**
 * Whether a code the bot's own dialog sent in this conversation is recent: the hand-off was asked
 * for while its code question was open (`handoffCodeSentAt`: the code's 5 minutes and the same
 * memory after them) or the question ended a short while ago (`endedCode`: used, tries spent,
 * expired).
 */
export function botCodeRecent(state: BotState, now: number): boolean {
  const sent = state.handoffCodeSentAt;
  if (sent !== undefined && now - sent <= codeLifetimeMs + endedCodeWithheldMs) return true;
  return state.endedCode !== undefined && now - state.endedCode.at <= endedCodeWithheldMs;
}

/** What the thread shows instead of a code. */
export const WITHHELD_CODE = "••••••";

/**
 * Six digits standing alone, written at once or in groups ("482913", "48 29 13", "482-913"), not
 * part of a longer number (a VKN, a phone number, an order number).
 */
const codeInText = /(?<![\d.\-/])(?:\d{6}|\d{3}[\s.-]\d{3}|\d{2}[\s.-]\d{2}[\s.-]\d{2})(?![\d]|[.\-/]\d)/g;

/**
 * The message with every one-time code in it replaced by {@link WITHHELD_CODE}, and whether one
 * was: a message that is a code ("kodum: 482 913") becomes the placeholder alone, a code inside a
 * sentence is blanked where it stands.
 */
export function withholdOneTimeCodes(text: string): { text: string; withheld: boolean } {
  if (readTypedCode(text) !== undefined) return { text: WITHHELD_CODE, withheld: true };
  let withheld = false;
  const blanked = text.replace(codeInText, () => {
    withheld = true;
    return WITHHELD_CODE;
  });
  return { text: blanked, withheld };
}
