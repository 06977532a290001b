/** Hand-off to a human agent ("temsilci"), at any point, with a short masked summary. */
import { maskEmailAndDomain, maskIdNumber, maskPersonalData, maskPhone } from "../../core/privacy/mask.ts";
import { botCodeRecent } from "../handoff/code-withholding.ts";
import { asksToReturnToBot } from "../handoff/return-to-bot.ts";
import { menuChoices } from "../menu.ts";
import { globalCommand } from "../nlu/commands.ts";
import { looksLikeSecret } from "../nlu/secrets.ts";
import { applicationWithAnswers, atCodeQuestion, type BotState } from "../state.ts";
import type { Turn } from "../turn.ts";

/** A short summary of where the conversation is, with every personal number masked. */
export function handoffSummary(state: BotState, locale: string): string {
  const parts = [`dil=${locale}`];
  const flow = state.flow;
  if (!flow) parts.push("konu=menü");
  else {
    parts.push(`konu=${flow.name}`, `adım=${flow.step}`);
    if (flow.name === "application") {
      const d = flow.data;
      if (d.personType) parts.push(`kişi=${d.personType}`);
      if (d.idNumber) parts.push(`kimlik=${maskIdNumber(d.idNumber)}`);
      if (d.title) parts.push(`unvan=${d.title}`);
      if (d.email) parts.push(`e-posta=${maskEmailAndDomain(d.email)}`);
      if (d.phone) parts.push(`telefon=${maskPhone(d.phone)}`);
      if (d.medium) parts.push(`ortam=${d.medium}`);
    }
    if (flow.name === "verify" || flow.name === "contact" || flow.name === "revoke")
      parts.push("kimlik teyidi gerekebilir");
  }
  if (state.lastOrderNo) parts.push(`sipariş=${state.lastOrderNo}`);
  return maskPersonalData(parts.join("; "));
}

/** Opens (or reuses) a hand-off and tells the customer (the ticket, and that "menü" returns to the bot). */
export async function requestAgent(turn: Turn): Promise<void> {
  // no agent can read a hand-off here: the call centre, and the dialog stays where it was
  if (turn.deps.handoff.staffed?.() === false) {
    turn.say("handoff.unstaffed");
    return;
  }
  // a code question left open for the agent: its code, typed to the agent later, is withheld
  const flow = turn.state.flow;
  if (atCodeQuestion(flow)) turn.state.handoffCodeSentAt = flow.codeSentAt ?? turn.deps.clock.now().getTime();
  else if (flow?.name === "proof" && flow.step !== "offer")
    turn.state.handoffCodeSentAt = turn.deps.clock.now().getTime();
  const { ticket } = await turn.deps.handoff.requestAgent({
    conversationId: turn.ref.id,
    channel: turn.ref.channel,
    summary: handoffSummary(turn.state, turn.ref.locale),
    locale: turn.ref.locale,
  });
  const leftApplication = applicationWithAnswers(turn.state.flow);
  turn.state.handoff = ticket;
  turn.state.flow = undefined;
  turn.state.misses = 0;
  turn.say("handoff.requested", { ticket });
  // the answers went to the agent in the summary, but no application was recorded: said
  if (leftApplication) turn.say("handoff.application_not_recorded");
}

/** Back to the bot: the hand-off is closed (the desk told) and the menu shown. */
async function leaveHandoff(turn: Turn, ticket: string): Promise<void> {
  await turn.deps.handoff.leave(turn.ref.id);
  turn.state.handoff = undefined;
  turn.state.flow = undefined;
  turn.state.misses = 0;
  turn.say("handoff.left", { ticket }, turn.buttons(menuChoices()));
}

/**
 * A turn while the conversation's state names a hand-off. The stored hand-off is the truth: when
 * it was closed meanwhile (by an agent, the timeout, another instance) the state forgets it and the
 * bot handles the turn (false). Otherwise every message gets an answer: "menü", "iptal", "vazgeç"
 * (and a pressed bot button) return to the bot; "temsilci" names the open ticket; a PIN is refused
 * and never relayed; a one-time code the bot's own dialog sent (recently, {@link botCodeRecent}) is
 * withheld from the agent (the thread is told a code was typed, the customer not to share codes:
 * bot/handoff/code-withholding.ts); anything else is relayed masked to the agent and, while no
 * agent has taken the hand-off, acknowledged. A hand-off whose agent has been silent for hours
 * (`AGENT_GONE_MS`) is closed instead: the customer is told they are back with the assistant, which
 * then answers the message. Returns whether the turn was handled here.
 */
export async function handoffTurn(turn: Turn): Promise<boolean> {
  const { state, input } = turn;
  const active = await turn.deps.handoff.active(turn.ref.id);
  if (!active) {
    state.handoff = undefined;
    return false;
  }
  state.handoff = active.ticket;
  if (input.button !== undefined) {
    if (input.button === "i:agent") {
      turn.say("handoff.still_open", { ticket: active.ticket });
      return true;
    }
    if (input.button === "i:menu") {
      await leaveHandoff(turn, active.ticket);
      return true;
    }
    // Another bot button pressed: the customer went back to the bot, which handles the button.
    await turn.deps.handoff.leave(turn.ref.id);
    state.handoff = undefined;
    return false;
  }
  if (input.raw === undefined) return true;
  const command = globalCommand(input.folded);
  // With an agent in the chat, "iptal" is an answer ("iptal mi yenileme mi?"), relayed: only
  // "menü" (or asking to go back to the assistant: "menüye dönmek istiyorum", "geri dön", "back
  // to menu"; bot/handoff/return-to-bot.ts) leaves; while no agent has joined, "iptal"/"vazgeç"
  // withdraw the request.
  const goesBack = command === "menu" || command === "back" || asksToReturnToBot(input.folded);
  if (goesBack || (command === "cancel" && active.status === "open")) {
    await leaveHandoff(turn, active.ticket);
    return true;
  }
  if (command === "agent") {
    turn.say("handoff.still_open", { ticket: active.ticket });
    return true;
  }
  if (looksLikeSecret(input.folded, true) && /pin|puk|sifre|parola|password/.test(input.folded)) {
    turn.say("security.never_share");
    return true;
  }
  const relayed = await turn.deps.handoff.relayCustomerMessage(turn.ref.id, input.raw, {
    botCodeRecent: botCodeRecent(state, turn.deps.clock.now().getTime()),
  });
  if (relayed === "agent_gone") {
    // the agent who took it has been silent for hours: closed, and the assistant answers the message
    state.handoff = undefined;
    state.misses = 0;
    turn.say("handoff.agent_silent", { ticket: active.ticket }, turn.buttons(menuChoices()));
    return false;
  }
  if (relayed === "code_withheld") {
    turn.say("handoff.code_withheld");
    return true;
  }
  if (active.status === "open") turn.say("handoff.relayed", { ticket: active.ticket });
  return true;
}

/** A (re)start while a hand-off is active: remind the customer instead of dropping it silently. */
export async function remindOpenHandoff(turn: Turn): Promise<boolean> {
  if (!turn.state.handoff) return false;
  const active = await turn.deps.handoff.active(turn.ref.id);
  if (!active) {
    turn.state.handoff = undefined;
    return false;
  }
  turn.say("handoff.still_open", { ticket: active.ticket });
  return true;
}
