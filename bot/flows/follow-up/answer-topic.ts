/**
 * The topic of the bot's last answer, kept in the conversation state ({@link BotState.answered}):
 * a short follow-up question ("ne yapmalıyım", "peki nereye göndereceğiz", "kredi kartı ile olur
 * mu", "what about e-archive?") is read in its light (./follow-up.ts). Set after every turn from the
 * text keys the answer used; a turn that answered nothing of these topics clears it.
 */
import type { AnswerTopic, BotState } from "../../state.ts";
import type { Turn } from "../../turn.ts";
import { saidKeys } from "./said-keys.ts";

/** The answers that set each topic, by text key (each one a key of the locales' bot.json). */
export const topicOfKey: Readonly<Record<string, AnswerTopic>> = {
  // R7.4: a lost or stolen card's certificate revoked
  "revoke.done": "revoked",
  "revoke.reapply": "revoked",
  // a status answer that showed a revoked certificate (its revocation time)
  "status.revoked_at": "revoked",
  // R9: who cannot apply online, and where their documents go
  "info.r9": "r9",
  "info.r9_foreign_partner": "r9",
  "followup.r9_address": "r9",
  // R3.2: how to pay
  "info.payment": "payment",
  "info.payment_link": "payment",
  "app.submitted": "payment",
  "followup.card_payment": "payment",
  // R1.1, R2.1: one certificate for the e-documents
  "info.before_apply": "e_documents",
  "info.about": "e_documents",
  "followup.e_documents": "e_documents",
  // R5.2: a VKN or unvan change needs a new mali mühür ("eskisi iptal mi olur" follows)
  "info.vkn_title_change": "title_change",
  "followup.old_after_change": "title_change",
  // R1.2: e-imza and mali mühür ("peki hangisini almalıyım" follows)
  "info.difference": "difference",
  "followup.which_seal": "difference",
  // R4.2, R4.3: a locked PIN or the PUK ("2016 da aldık", the card's year, follows)
  "info.pin_locked": "pin_lock",
  "info.puk": "pin_lock",
  "info.card_year.since_2014": "pin_lock",
  "info.card_year.before_2014": "pin_lock",
  // a question about applying answered, the application offered ("evet" starts it)
  "app.start_offer": "apply_offered",
};

/** The topic of an answer that used these keys: the last one that has a topic. */
export function topicOfAnswer(keys: readonly string[]): AnswerTopic | undefined {
  for (let i = keys.length - 1; i >= 0; i--) {
    const topic = topicOfKey[keys[i] as string];
    if (topic) return topic;
  }
  return undefined;
}

/** Keeps the topic of this turn's answer in the state, or clears it when the answer had none. */
export function noteAnswerTopic(turn: Turn): void {
  const topic = topicOfAnswer(saidKeys(turn.out));
  const state: BotState = turn.state;
  if (topic) state.answered = topic;
  else delete state.answered;
}
