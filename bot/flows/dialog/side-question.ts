/**
 * A side question typed at a question of the application dialog ("fiyatı ne kadar?", "pinim bloke
 * oldu", "teslimat ne kadar sürer", "HSM nedir?"): answered with the bot's own info answer, without
 * its follow-up buttons (they would leave the dialog); the caller then asks its question again.
 * Only a topic the NLU recognises confidently and whose answer keeps the dialog open is answered.
 * A question about an application question itself ("TCKN neden gerekli?", "adresi sonra yazsam olur
 * mu") is a side topic of its own, read before the NLU (bot/flows/dialog/field-question.ts).
 */
import { namesMediumChange } from "../../../core/ra/address-shape.ts";
import type { Intent } from "../../nlu/intent-names.ts";
import { isQuestion } from "../../nlu/question-form.ts";
import { nluLocaleOf } from "../../nlu/training-data.ts";
import { twoQuestionsOf } from "../../nlu/two-questions.ts";
import { understand } from "../../nlu/understand.ts";
import type { Turn } from "../../turn.ts";
import {
  answeredInPassing,
  answerInfo,
  answerPrices,
  answerStatusMeaning,
  infoIntents,
  linkParams,
} from "../info.ts";
import { answerFieldQuestion, fieldQuestionAsked } from "./field-question.ts";
import { looksLikeNumberAnswer } from "./other-topic.ts";

/**
 * A side topic: an NLU topic answered in passing, or a question about the application's own
 * questions ("telefonumu niye soruyorsunuz", "can I give the address later?"), read by
 * field-question.ts and answered with the field's reason or the "later" answer.
 */
export type SideTopic = Intent | "field_question";

/** Below this confidence a message is not answered as a side question. */
export const sideQuestionConfidence = 0.6;

/** Topics answered inside the dialog: the informational ones (R9 ends the application, not here). */
const answerable = new Set<Intent>([
  ...infoIntents.filter((i) => i !== "r9" && i !== "thanks" && i !== "cancel_application"),
  "prices",
  "production",
  "delivery",
]);

/** "What is an HSM / a smart card?": the R2.2/R2.3 answer, whatever topic the classifier leans to. */
const asksWhatMediumIs =
  /\b(hsm|akilli kart|smart card)\b.*\b(nedir|ne demek\w*|ne ise yarar|ne anlama gelir)\b|\bwhat (is|s|does) (an? |the )?(hsm|smart card)\b/;

/**
 * A promise to answer later ("adresi sonra yazarım 2 gün içinde", "I will send it later"): a
 * statement about the answer, not a side topic (the contact answer took "adresi … 2 gün"), so the
 * question's own reason is given.
 */
const answersLater =
  /\b(sonra|yarin|birazdan|ileride|gun icinde|hafta icinde|later|tomorrow)\b.*\b(yaz\w*|gonder\w*|bildir\w*|ilet\w*|soyle\w*|veri\w*|send|write|tell|give)\b|\b(yaz\w*|gonder\w*|bildir\w*|ilet\w*|soyle\w*|send|write|tell|give)\b.*\b(sonra|yarin|birazdan|later|tomorrow)\b/;

/**
 * A statement that is an answer to the dialog's own questions rather than a side topic: a promise
 * to answer later, or a change of the medium chosen earlier ("kart değil HSM olsun, dakikada 500
 * fatura kesiyoruz": not the R2.2 advice again, but the question's reason, which says how to change
 * it). A question is still a side question.
 */
function statesDialogAnswer(raw: string, folded: string): boolean {
  if (isQuestion(raw, folded)) return false;
  return answersLater.test(folded) || namesMediumChange(folded);
}

/** The side topic a typed message asks, or undefined. */
export function sideTopicOf(turn: Turn): SideTopic | undefined {
  const raw = turn.input.raw;
  if (raw === undefined || looksLikeNumberAnswer(raw)) return undefined;
  const folded = turn.input.folded;
  if (fieldQuestionAsked(turn)) return "field_question";
  if (statesDialogAnswer(raw, folded)) return undefined;
  if (asksWhatMediumIs.test(folded)) return "hsm_vs_card";
  const understood = understand(folded, nluLocaleOf(turn.ref.locale));
  if (understood.kind !== "intent" || understood.confidence < sideQuestionConfidence) return undefined;
  if (understood.intent === "cert_status")
    return answeredInPassing("cert_status", folded) ? "cert_status" : undefined;
  return answerable.has(understood.intent) ? understood.intent : undefined;
}

/** Answers a side topic without buttons. */
export function answerSideTopic(turn: Turn, intent: SideTopic): void {
  const from = turn.out.length;
  if (intent === "field_question") answerFieldQuestion(turn);
  else if (intent === "prices") answerPrices(turn);
  // inside the application there is no order yet: the answer without "type your order number"
  else if (intent === "production" || intent === "delivery") turn.say(`app.side.${intent}`, linkParams(turn));
  // "askıda ne demek": the status's meaning
  else if (intent === "cert_status") answerStatusMeaning(turn);
  else answerInfo(turn, intent as (typeof infoIntents)[number]);
  for (const message of turn.out.slice(from)) delete message.buttons;
}

/**
 * The two side topics a typed message asks ("fiyat ne kadar ve kaç günde gelir", "how much is it
 * and how long does it take"), in the order asked, or undefined when it asks one or none.
 */
export function twoSideTopicsOf(turn: Turn): [Intent, Intent] | undefined {
  const raw = turn.input.raw;
  if (raw === undefined || looksLikeNumberAnswer(raw)) return undefined;
  if (statesDialogAnswer(raw, turn.input.folded) || fieldQuestionAsked(turn)) return undefined;
  return twoQuestionsOf(raw, nluLocaleOf(turn.ref.locale), [...answerable]);
}

/**
 * Answers the message as a side question when it is one, or as two side questions when it asks two
 * ("fiyat ne kadar ve kaç günde gelir": both answers); true when it did.
 */
export function answerSideQuestion(turn: Turn): boolean {
  const two = twoSideTopicsOf(turn);
  if (two) {
    for (const intent of two) answerSideTopic(turn, intent);
    return true;
  }
  const intent = sideTopicOf(turn);
  if (!intent) return false;
  answerSideTopic(turn, intent);
  return true;
}
